// ko's publish flags as the CLI reads them; a type of its own, so that plan.ts can name it.

export interface KoPublishing {
  /** --oci-layout-path, as written (ko prints it so). */
  readonly ociLayoutPath?: string;
  /** --tarball FILE. */
  readonly tarball?: string;
  /** --image-refs FILE. */
  readonly imageRefs?: string;
  /** --tag-only. */
  readonly tagOnly: boolean;
  /** -L/--local. */
  readonly local: boolean;
}
