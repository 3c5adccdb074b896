/**
 * Every word the profile shows, in English (docs/pitfalls.md #21), with portal-ui's words (error codes, password
 * rules) spread in: one chunk per locale. This file defines the keys; de.ts and any other locale are typed
 * against them. The English accessible names are what the end-to-end tests find elements by.
 */
import ui from 'portal-ui/i18n/en';

const en = {
  ...ui,
  'profile.title': 'Profile',
  'profile.loading': 'Loading your profile…',
  'profile.nav': 'Profile sections',
  'profile.overview': 'Overview',
  'profile.sessions': 'Sessions',
  'profile.security': 'Security',

  'action.save': 'Save',
  'action.cancel': 'Cancel',
  'action.retry': 'Try again',

  'avatar.heading': 'Avatar',
  'avatar.alt': 'Your avatar',
  'avatar.initials': 'Your avatar: initials {initials}',
  'avatar.change': 'Change avatar',
  'avatar.hint': 'PNG, JPEG, WebP or GIF, up to {limit}.',
  'avatar.previewAlt': 'Preview of the new avatar',
  'avatar.progress': 'Upload progress',
  'avatar.saved': 'Your new avatar is saved.',
  'avatar.wrongType': 'This file ({type}) is not a picture we accept. Choose a PNG, JPEG, WebP or GIF file.',
  'avatar.wrongTypeUnnamed': 'This file is not a picture we accept. Choose a PNG, JPEG, WebP or GIF file.',
  'avatar.tooLarge': 'This picture is {size}; the limit is {limit}. Choose a smaller file.',
  'avatar.empty': 'This file is empty. Choose another picture.',

  'details.heading': 'Your details',
  'details.nameTerm': 'Name',
  'details.emailTerm': 'Email',
  'details.noName': 'No name yet',
  'details.changeName': 'Change name',
  'details.nameLabel': 'Name',
  'details.nameSaved': 'Your name is saved.',
  'details.nameEmpty': 'Enter a name.',
  'details.nameTooLong': 'Use at most {max} characters (this name has {length}).',

  'sessions.heading': 'Sessions',
  'sessions.intro': 'The devices and browsers where you are logged in.',
  'sessions.irreversible': 'Ending a session takes effect at once and cannot be undone: that device must log in again.',
  'sessions.loading': 'Loading sessions…',
  'sessions.empty': 'No active sessions were found.',
  'sessions.onlyThis': 'No other device is logged in.',
  'sessions.thisDevice': 'This device',
  'sessions.signedInAt': 'Logged in {when}',
  /** Followed, for screen readers only, by the session's device: "End session Firefox on Linux". */
  'sessions.signOut': 'End session',
  'sessions.signOutOthers': 'End all other sessions',
  'sessions.signedOutOne': 'The session of {device} is ended.',
  'sessions.signedOutOthers': 'All other sessions are ended.',
  'sessions.device': '{browser} on {system}',
  'sessions.deviceWithModel': '{browser} on {system} ({model})',
  'sessions.unknownBrowser': 'Unknown browser',
  /** Stands in for {system} in sessions.device. */
  'sessions.unknownSystem': 'unknown system',
  /** A session whose name another session has too, numbered in the order they were signed in. */
  'sessions.deviceNumber': '{device} #{n}',
  'sessions.activeNow': 'Active now',
  /** {when} is a relative time in the user's language: "5 minutes ago", "yesterday". */
  'sessions.activeAgo': 'Active {when}',

  'security.heading': 'Account security',
  'security.passwordHeading': 'Change password',
  'security.currentPassword': 'Current password',
  'security.newPassword': 'New password',
  'security.passwordChanged': 'Your password is changed. The sessions on other devices were ended.',
  'security.setPasswordHeading': 'Set a password',
  'security.setPasswordIntro': 'Your account has no password yet: you log in with links sent to your email. Set one to log in with it too.',
  'security.passwordSet': 'Your password is set. The sessions on other devices were ended.',
  'security.currentPasswordMissing': 'Enter your current password.',
  'security.changePassword': 'Change password',
  'security.setPassword': 'Set password',
  'security.emailHeading': 'Change email',
  'security.changeEmail': 'Change email',
  'security.emailNow': 'You log in with {email}.',
  'security.newEmail': 'Email',
  'security.emailMissing': 'Enter the new email address.',
  'security.emailInvalid': 'Enter an email address like name@example.com.',
  'security.emailSame': 'This is already your email address.',
  'security.emailPending': 'Check {email} to confirm the change',
  'security.pending': 'Pending',
  'security.cancelChange': 'Cancel change',
  'security.changeCancelled':
    'The change is cancelled. Ignore the mail sent to {email}: without its link nothing changes, and the link expires in 24 hours.',
  'security.signOutHeading': 'Log out',
  'security.signOutIntro': 'Log out of the portal on this device.',
  'security.logout': 'Log out',
};

export default en;

/** Every key of the profile's catalog, each a string: what every other locale must provide. */
export type ProfileMessages = { [K in keyof typeof en]: string };
export type ProfileKey = keyof ProfileMessages;
