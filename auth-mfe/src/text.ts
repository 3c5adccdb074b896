/**
 * Every word the auth screens show (FIELD-NOTES 21). Server error codes are worded by portal-ui's catalog;
 * accessible names of inputs and buttons are fixed by DESIGN.md.
 */
import type { SignOutReason } from 'shared-auth';

export const labels = {
  name: 'Name',
  email: 'Email',
  password: 'Password',
  newPassword: 'New password',
} as const;

export const buttons = {
  login: 'Login',
  createAccount: 'Create account',
  sendMagicLink: 'Send magic link',
  sendResetLink: 'Send reset link',
  setNewPassword: 'Set new password',
  resendVerification: 'Resend verification email',
} as const;

export const links = {
  login: 'Login',
  register: 'Register',
  magicLink: 'Login with magic link',
  forgotPassword: 'Forgot password?',
  createAccount: 'Create an account',
  backToLogin: 'Back to login',
  newMagicLink: 'Request a new magic link',
  newResetLink: 'Request a new reset link',
  profile: 'Go to your profile',
} as const;

export const fieldErrors = {
  nameMissing: 'Enter your name.',
  emailMissing: 'Enter your email address.',
  emailInvalid: 'Enter an email address like name@example.com.',
  passwordMissing: 'Enter your password.',
} as const;

export const text = {
  home: {
    heading: 'Welcome',
    intro: 'Sign in to your account, or create one. It takes a minute.',
    waysLabel: 'Ways to sign in',
  },
  login: {
    heading: 'Log in',
    alternatives: 'Other ways in',
    verificationSent: (email: string) => `We sent a new verification email to ${email}. Open the link in it, then log in.`,
  },
  sessionEnded: {
    title: 'Your session has ended',
    reason: {
      revoked: 'It was signed out from another device. Log in again to continue.',
      expired: 'It expired. Log in again to continue.',
      'other-tab': 'You logged out in another tab. Log in again to continue.',
    } satisfies Record<Exclude<SignOutReason, 'user'>, string>,
  },
  register: {
    heading: 'Create an account',
    haveAccount: 'Already have an account?',
    sentTo: (email: string) => `We sent a link to ${email}. Open it to confirm your address and sign in.`,
  },
  magicLink: {
    heading: 'Log in with a magic link',
    intro: 'We email you a link that signs you in, no password needed.',
    sentTo: (email: string) => `If an account exists for ${email}, we sent it a sign-in link. It works once, for 10 minutes.`,
  },
  forgotPassword: {
    heading: 'Forgot your password?',
    intro: 'Enter the email address of your account and we send you a link to set a new password.',
    sentTo: (email: string) => `If an account exists for ${email}, we sent it a link to set a new password. It works once, for 15 minutes.`,
  },
  checkEmail: {
    heading: 'Check your email',
    resent: 'We sent it again.',
    notArrived: 'Nothing arrived? Check your spam folder, or send it again.',
    sendAgain: 'Send it again',
  },
  resetPassword: {
    heading: 'Set a new password',
    intro: 'Choose a new password for your account.',
    noLink: 'To set a new password, open the link from the email we sent you. Links work once and expire after 15 minutes.',
    doneHeading: 'Your password is set',
    done: 'Your new password is saved, and every device was signed out. Log in with your new password.',
  },
  authRedirect: {
    workingHeading: 'Signing you in…',
    working: 'One moment: checking your link.',
    failedHeading: 'This link did not work',
    used: 'This link has already been used.',
    invalid: 'This link is invalid or has expired.',
    emailTaken: 'This email address is already used by another account.',
    missing: 'This page opens links from our emails, and no link was given.',
    nextStep: {
      'magic-link': 'Magic links work once and expire after 10 minutes. Request a new one to log in.',
      'email-confirm':
        'If you already confirmed your address, log in with your password. Otherwise enter your email and we send a new verification link.',
      'reset-pwd': 'Reset links work once and expire after 15 minutes. Request a new one.',
      'change-email': 'Ask for the change again from your profile.',
      unknown: 'Log in, or request a new link from the login page.',
    },
    emailChangedHeading: 'Email address changed',
    emailChanged: 'Your email address was changed. Use the new address to log in from now on.',
  },
} as const;
