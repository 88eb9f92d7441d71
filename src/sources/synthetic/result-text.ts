/** ResultDescription / Status.failureReason text for the codes the generator emits. */
export const RESULT_TEXT: Readonly<Record<number, string>> = {
  0: '',
  50126: 'Error validating credentials due to invalid username or password.',
  50053: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
  50074: 'Strong Authentication is required.',
  50076: 'Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.',
  500121: 'Authentication failed during strong authentication request.',
  53003: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.',
};

/** Status.additionalDetails for codes where Entra adds one. */
export const RESULT_DETAIL: Readonly<Record<number, string>> = {
  50126: "The user didn't enter the right credentials. It's expected to see some number of these errors in your logs due to users making mistakes.",
  50053: 'The account is locked out to protect it from a possible password attack.',
  50074: 'The user has not yet completed multifactor authentication.',
  50076: 'The user has not yet completed multifactor authentication.',
  500121: 'The user did not complete the MFA prompt.',
  53003: 'Conditional Access policies blocked the sign-in.',
};
