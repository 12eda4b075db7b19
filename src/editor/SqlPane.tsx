export function SqlPane() {
  return null;
}
