import { CheckConnectionScreen } from "./components/shared/CheckConnectionAction";

export default function Command() {
  return <CheckConnectionScreen />;
}
