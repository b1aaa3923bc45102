import type { ErrorMessages } from "../sv/errors";

export const errors: ErrorMessages = {
  notFoundTitle: "Page not found",
  notFoundText: "We cannot find the page you are looking for. It may have moved, or you may not have access to it.",
  forbiddenTitle: "You do not have access",
  forbiddenText: "Your role in the organisation does not allow this. Ask an administrator if you need more access.",
  genericTitle: "Something went wrong",
  genericText: "An unexpected error occurred. Nothing you have saved has been lost. Please try again shortly.",
  goHome: "Go to the start page",
  badRequest: "The details could not be read. Check the form and try again.",
  crossOrigin: "The request came from another website and was stopped.",
  tooLarge: (mb: number) => `What you sent is too large. Send at most ${mb} MB.`,
  methodNotAllowed: "That method is not supported here.",
};
