/** A post or a data file beside the posts that the site cannot publish; the message names the file and field. */
export class PostError extends Error {
  override name = 'PostError';
}
