export { TextField, type TextFieldProps } from './TextField';
export { PasswordField, type PasswordFieldProps } from './PasswordField';
export { PasswordRules, passwordLength, passwordProblem } from './PasswordRules';
export { NewPasswordField, type NewPasswordFieldProps } from './NewPasswordField';
export { FormAlert, type FormAlertProps } from './FormAlert';
export { StatusNotice, type StatusNoticeProps } from './StatusNotice';
export { SubmitButton, type SubmitButtonProps } from './SubmitButton';
export { initials, type Person } from './initials';
export { errorCode, errorMessage, failurePhrase, retryAfterOf, type UiKey } from './messages';
export {
  catalogLocale,
  createTranslator,
  loadCatalog,
  TranslatorProvider,
  useTranslator,
  type Catalog,
  type CatalogLoaders,
  type Params,
  type Phrase,
  type Translate,
  type Translator,
} from './i18n/createTranslator';
export type { UiMessages } from './i18n/en';
export { createCountdown, type Countdown } from './countdown';
export { createRetryWait, RetryNotice, type RetryWait } from './RetryWait';
export { createSubmission, settle, type Submission } from './submission';
export { createFieldChecks, type FieldChecks } from './fieldChecks';
export { SubmissionAlert } from './SubmissionAlert';
export { SubmissionForm, type FormSubmission, type SubmissionFormProps } from './SubmissionForm';
export { themeStyle, THEME_TOKENS, type Theme } from './theme';
export { PAGE_SHEET_ATTRIBUTE, portalUiCss } from './styles';
export { AppRoot, type AppRootProps } from './AppRoot';
export { followKeyboardUse, KEYBOARD_ATTRIBUTE } from './keyboardUse';
