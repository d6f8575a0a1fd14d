import { CheckConnectionScreen } from "./components/connection/CheckConnectionAction";

export default function Command() {
  return <CheckConnectionScreen />;
}
