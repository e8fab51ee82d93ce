// Pixel sizes the grid's parts agree on: rows, header, filter row and the row-number column.
export const ROW_H = 30;
export const HEAD_H = 40;
export const FILTER_H = 34;
export const NUM_W = 56;
