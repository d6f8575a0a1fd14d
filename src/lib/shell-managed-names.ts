/** The shells the `export` lines are written for: macOS's default (zsh), bash, and Debian's /bin/sh (dash). */
export const SHELLS = ["bash", "zsh", "dash"] as const;
export type Shell = (typeof SHELLS)[number];

/**
 * Names a shell keeps for itself: after `export NAME='value'` it reads back something else, or nothing (read-only
 * names, counters, integers such as zsh's HISTSIZE, arrays tied to a list such as zsh's `path`, names it sets on every
 * read). bash at a terminal re-reads the window size into COLUMNS and LINES after every program; zsh's list includes the
 * names of the modules interactive set-ups load (zle, zsh/datetime, zsh/system, zsh/langinfo, zsh/mapfile,
 * zsh/curses).
 *
 * Measured, not remembered: test/outputs/shell-managed-names.test.ts proves that each name here fails in each shell given,
 * and that every other name bash (`compgen -v`) and zsh (`${(k)parameters}`) know round-trips in all three; when a
 * shell changes, that test prints the corrections.
 */
const GROUPS: readonly (readonly [readonly Shell[], string])[] = [
  [
    ["zsh"],
    `ARGC EGID FUNCNEST GID HISTCHARS HISTSIZE KEYBOARD_HACK KEYTIMEOUT LISTMAX SAVEHIST SHLVL TRY_BLOCK_ERROR
     TRY_BLOCK_INTERRUPT TTYIDLE USERNAME WATCH ZCURSES_COLORS ZCURSES_COLOR_PAIRS ZSH_EVAL_CONTEXT ZSH_SUBSHELL
     aliases argv builtins cdpath commands dirstack dis_aliases dis_builtins dis_functions dis_functions_source
     dis_galiases dis_patchars dis_reswords dis_saliases epochtime errnos fignore fpath funcfiletrace funcsourcetrace
     funcstack functions functions_source functrace galiases histchars history historywords jobdirs jobstates jobtexts
     keymaps langinfo mailpath manpath mapfile module_path modules nameddirs options parameters patchars path
     pipestatus psvar reswords saliases signals status sysparams termcap terminfo userdirs usergroups watch widgets
     zcurses_attrs zcurses_colors zcurses_keycodes zcurses_windows zle_bracketed_paste zsh_eval_context
     zsh_scheduled_events`,
  ],
  [
    ["bash"],
    `BASHOPTS BASHPID BASH_ALIASES BASH_ARGC BASH_ARGV BASH_CMDS BASH_COMMAND BASH_LINENO BASH_SOURCE BASH_SUBSHELL
     BASH_VERSINFO DIRSTACK FUNCNAME GROUPS SHELLOPTS SRANDOM`,
  ],
  [["bash", "zsh"], `COLUMNS EPOCHREALTIME EPOCHSECONDS EUID HISTCMD LINENO LINES MAILCHECK PPID RANDOM SECONDS UID`],
  [["bash", "zsh", "dash"], `OPTIND _`],
];

/** Each name a shell will not keep, with the shells that will not keep it. */
export const SHELL_MANAGED_NAMES: ReadonlyMap<string, readonly Shell[]> = new Map(
  GROUPS.flatMap(([shells, names]) =>
    names
      .split(/\s+/)
      .filter(Boolean)
      .map((name) => [name, shells] as const),
  ),
);

/** "zsh", "bash and zsh", "bash, zsh and dash". */
export function listShells(shells: readonly Shell[]): string {
  return shells.length < 2 ? shells.join("") : `${shells.slice(0, -1).join(", ")} and ${shells[shells.length - 1]}`;
}
