export function ProblemsList() {
  return null;
}
