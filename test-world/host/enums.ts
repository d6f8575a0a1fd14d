/** Enum values exactly as @raycast/api 1.104 declares them (types/index.d.ts). */

export enum LaunchType {
  UserInitiated = "userInitiated",
  Background = "background",
}

export enum ToastStyle {
  Success = "SUCCESS",
  Failure = "FAILURE",
  Animated = "ANIMATED",
}

export enum AlertActionStyle {
  Default = "default",
  Cancel = "cancel",
  Destructive = "destructive",
}

export enum ActionStyle {
  Regular = "regular",
  Destructive = "destructive",
}

export enum ImageMask {
  Circle = "circle",
  RoundedRectangle = "roundedRectangle",
}

export enum PopToRootType {
  Default = "default",
  Immediate = "immediate",
  Suspended = "suspended",
}

export enum Color {
  Blue = "raycast-blue",
  Green = "raycast-green",
  Magenta = "raycast-magenta",
  Orange = "raycast-orange",
  Purple = "raycast-purple",
  Red = "raycast-red",
  Yellow = "raycast-yellow",
  PrimaryText = "raycast-primary-text",
  SecondaryText = "raycast-secondary-text",
}
