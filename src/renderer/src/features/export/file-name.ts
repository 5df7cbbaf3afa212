/** The last part of a path, for telling the user which file was written (Windows or POSIX separators). */
export function fileName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path
}
