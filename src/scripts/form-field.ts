/** A text field of a form, or '' when it is absent (FormData.get may also hold a File). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
