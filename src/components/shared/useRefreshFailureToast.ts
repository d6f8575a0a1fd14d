import { useEffect, useRef } from "react";
import type { OnePasswordError } from "../../onepassword/errors";
import { showFailure } from "./failure-toast";

/** With rows on screen, a failed refresh is a toast (the rows stay); without rows it is the empty view instead. */
export function useRefreshFailureToast(errors: Map<string, OnePasswordError>, hasRows: boolean, retry: () => void) {
  const shown = useRef(new Set<OnePasswordError>());
  useEffect(() => {
    if (!hasRows) return;
    for (const error of errors.values()) {
      if (shown.current.has(error)) continue;
      shown.current.add(error);
      void showFailure(error, error.context, retry);
    }
  }, [errors, hasRows, retry]);
}
