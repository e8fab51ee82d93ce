// placeholder until the Electron shell lands
export {};
