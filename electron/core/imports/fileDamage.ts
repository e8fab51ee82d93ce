/** Where in a file the damage was found, as the user sees the file. */
export interface DamagePlace {
  sheet?: string;
  row?: number;
  column?: string;
}

/**
 * A file's content is damaged or hostile in a way a reader found: `reason` is a Chinese phrase for
 * the user, `detail` the technical cause for the log. readWorkbookFile turns it into an AppError
 * naming the file and place.
 */
export class FileDamage extends Error {
  constructor(
    readonly reason: string,
    readonly detail: string,
    readonly where: DamagePlace,
  ) {
    super(reason);
    this.name = 'FileDamage';
  }

  /** The same damage with the place filled in where it was not yet known. */
  at(where: DamagePlace): FileDamage {
    return new FileDamage(this.reason, this.detail, { ...where, ...this.where });
  }
}
