/*
 * Zhifa: Chinese validation messages for Camunda Forms in Tasklist.
 *
 * form-js 1.8.7 renders its validation errors in English only ("Field is required.") inside
 * <div class="fjs-form-field-error"><ul><li>…</li></ul></div>. For browsers that prefer Chinese this script replaces
 * each message with its Chinese text as soon as it appears. The form's own validation stays as it is; the server
 * re-checks every input anyway.
 */
// Patterns the forms share, with the message that says what the field expects; any other pattern is '格式不正确'.
const PATTERN_MESSAGES = {
  '^[0-9A-HJ-NPQRTUWXY]{18}$':
    '格式不正确：统一社会信用代码或公民身份号码应为 18 位数字或大写字母（不含 I、O、Z、S、V）'
};

const MESSAGES = [
  [/^Field is required\.$/, () => '必填'],
  [/^Field must match pattern (.*)\.$/, (m) => PATTERN_MESSAGES[m[1]] || '格式不正确'],
  [/^Field must have minimum value of (.*)\.$/, (m) => `不得小于 ${m[1]}`],
  [/^Field must have maximum value of (.*)\.$/, (m) => `不得大于 ${m[1]}`],
  [/^Field must have minimum length of (.*)\.$/, (m) => `不得少于 ${m[1]} 个字符`],
  [/^Field must have maximum length of (.*)\.$/, (m) => `不得超过 ${m[1]} 个字符`],
  [/^Field must be a valid email\.$/, () => '请输入有效的电子邮箱地址'],
  [/^Field must be a valid\s+international phone number.*$/, () => '请输入有效的国际格式电话号码（如 +8657187654321）']
];

function prefersChinese() {
  const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  return String(languages[0] || '').toLowerCase().startsWith('zh');
}

function chinese(text) {
  for (const [pattern, message] of MESSAGES) {
    const match = pattern.exec(text.trim());
    if (match) {
      return message(match);
    }
  }
  return null;
}

function translate(root) {
  root.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
    const text = chinese(item.textContent);
    if (text !== null) {
      item.textContent = text;
    }
  });
}

if (prefersChinese()) {
  const observer = new MutationObserver(() => translate(document.body));
  observer.observe(document.body, {childList: true, subtree: true, characterData: true});
}

export default [];
