/** Why a launch was refused, said to the user on the error page and to the log. */
export class LtiError extends Error {
  constructor(
    message: string,
    public readonly status = 400,
  ) {
    super(message);
    this.name = "LtiError";
  }
}
