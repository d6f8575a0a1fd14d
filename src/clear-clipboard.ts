export default async function Command() {
  return;
}
