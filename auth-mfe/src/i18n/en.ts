/**
 * Every word the auth screens show, in English (docs/pitfalls.md #21), with portal-ui's words (error codes, password
 * rules) spread in: one chunk per locale. This file defines the keys; de.ts and any other locale are typed
 * against them. Accessible names of inputs and buttons are fixed by docs/architecture.md.
 */
import ui from 'portal-ui/i18n/en';

const en = {
  ...ui,
  'field.name': 'Name',
  'field.email': 'Email',
  'field.password': 'Password',
  'field.newPassword': 'New password',

  'button.login': 'Log in',
  'button.createAccount': 'Create account',
  'button.sendMagicLink': 'Send magic link',
  'button.sendResetLink': 'Send reset link',
  'button.setNewPassword': 'Set new password',
  'button.resendVerification': 'Resend verification email',

  'link.login': 'Log in',
  'link.register': 'Register',
  'link.magicLink': 'Log in with a magic link',
  'link.forgotPassword': 'Forgot password?',
  'link.createAccount': 'Create an account',
  'link.backToLogin': 'Back to login',
  'link.newMagicLink': 'Request a new magic link',
  'link.newResetLink': 'Request a new reset link',
  'link.profile': 'Go to your profile',

  'fieldError.nameMissing': 'Enter your name.',
  'fieldError.emailMissing': 'Enter your email address.',
  'fieldError.emailInvalid': 'Enter an email address like name@example.com.',
  'fieldError.passwordMissing': 'Enter your password.',

  'home.heading': 'Welcome',
  'home.intro': 'Log in to your account, or create one. It takes a minute.',
  'home.waysLabel': 'Ways to log in',

  'login.heading': 'Log in',
  'login.alternatives': 'Other ways in',
  'login.verificationSent': 'We sent a new verification email to {email}. Open the link in it, then log in.',

  'sessionEnded.title': 'Your session has ended',
  'sessionEnded.revoked': 'It was ended from another device. Log in again to continue.',
  'sessionEnded.expired': 'It expired. Log in again to continue.',
  'sessionEnded.other-tab': 'You logged out in another tab. Log in again to continue.',
  'sessionEnded.user': 'You are logged out.',
  'sessionEnded.dismiss': 'Dismiss',

  'register.heading': 'Create an account',
  'register.haveAccount': 'Already have an account?',
  'register.sentTo': 'We sent a link to {email}. Open it to confirm your address and log in.',
  'register.consentBoth': 'I agree to the {terms} and the {privacy}',
  'register.consentTerms': 'I agree to the {terms}',
  'register.consentPrivacy': 'I agree to the {privacy}',
  'register.termsLink': 'Terms of Service',
  'register.privacyLink': 'Privacy Policy',
  'register.newTab': '(opens in a new tab)',
  'register.consentMissing': 'To create an account, please agree by ticking the box.',

  'magicLink.heading': 'Log in with a magic link',
  'magicLink.intro': 'We email you a link that logs you in, no password needed.',
  'magicLink.sentTo': 'If an account exists for {email}, we sent it a login link. It works once, for 10 minutes.',

  'forgotPassword.heading': 'Forgot your password?',
  'forgotPassword.intro': 'Enter the email address of your account and we send you a link to set a new password.',
  'forgotPassword.sentTo': 'If an account exists for {email}, we sent it a link to set a new password. It works once, for 15 minutes.',

  'checkEmail.heading': 'Check your email',
  'checkEmail.resent': 'We sent it again.',
  'checkEmail.notArrived': 'Nothing arrived? Check your spam folder, or send it again.',
  'checkEmail.sendAgain': 'Send it again',

  'resetPassword.heading': 'Set a new password',
  'resetPassword.intro': 'Choose a new password for your account.',
  'resetPassword.noLink': 'To set a new password, open the link from the email we sent you. Links work once and expire after 15 minutes.',
  'resetPassword.doneHeading': 'Your password is set',
  'resetPassword.done': 'Your new password is saved, and every session was ended. Log in with your new password.',
  'resetPassword.logInNow': 'Log in with it now: enter the email address of your account.',

  'authRedirect.workingHeading': 'Logging you in…',
  'authRedirect.working': 'One moment: checking your link.',
  'authRedirect.failedHeading': 'This link did not work',
  'authRedirect.used': 'This link has already been used.',
  'authRedirect.invalid': 'This link is invalid or has expired.',
  'authRedirect.emailTaken': 'This email address is already used by another account.',
  'authRedirect.missing': 'This page opens links from our emails, and no link was given.',
  'authRedirect.next.magic-link': 'Magic links work once and expire after 10 minutes. Request a new one to log in.',
  'authRedirect.next.email-confirm':
    'If you already confirmed your address, log in with your password. Otherwise enter your email and we send a new verification link.',
  'authRedirect.next.reset-pwd': 'Reset links work once and expire after 15 minutes. Request a new one.',
  'authRedirect.next.change-email': 'Ask for the change again from your profile.',
  'authRedirect.next.unknown': 'Log in, or request a new link from the login page.',
  'authRedirect.confirmHeading': 'Log in as {email}?',
  'authRedirect.confirmUnasked':
    'This link logs you in as {email}, and this browser did not ask for it. Continue only if you requested it yourself: someone may have sent you a link to their own account.',
  'authRedirect.confirmSwitch':
    'You are logged in as {current}. This link logs in as {email} instead. Switch only if you requested this link yourself.',
  'authRedirect.continueAs': 'Continue as {email}',
  'authRedirect.stayAs': 'Stay logged in as {current}',
  'authRedirect.cancel': 'Do not log in',
  'authRedirect.emailChangedHeading': 'Email address changed',
  'authRedirect.emailChanged': 'Your email address was changed. Use the new address to log in from now on.',

  'parcel.signedInAs': 'Logged in as {name}',
  'parcel.signOut': 'Log out',
};

export default en;

/** Every key of the auth screens' catalog, each a string: what every other locale must provide. */
export type AuthMessages = { [K in keyof typeof en]: string };
export type AuthKey = keyof AuthMessages;
