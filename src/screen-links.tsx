import { CreateVaultForm } from "./components/create-vault/CreateVaultForm";
import { ItemList } from "./components/items/ItemList";
import { SaveItemScreen } from "./components/save-item/SaveItemScreen";
import type { ScreenLinks } from "./components/shared/screen-links";

/** The screens one family pushes from another, composed here (above every family) and handed down by the commands. */
export const SCREEN_LINKS: ScreenLinks = {
  saveItem: (props) => <SaveItemScreen {...props} />,
  vaultItems: (props) => <ItemList {...props} links={SCREEN_LINKS} />,
  createVault: (props) => <CreateVaultForm {...props} />,
};
