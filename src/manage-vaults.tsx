import { List } from "@raycast/api";

export default function Command() {
  return (
    <List>
      <List.EmptyView title="Not Available Yet" description="This command is being built." />
    </List>
  );
}
