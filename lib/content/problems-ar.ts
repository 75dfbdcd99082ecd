// The content checks' messages in Arabic, for the desk's content status page. The checks word their findings in
// English (content:check, the build and the log print those); each rule here matches one English message and gives
// its Arabic, keeping quoted values, paths and codes as they are. zod's own messages come in Arabic from its locale.

type Rule = [RegExp, (...groups: string[]) => string];

const subjects: Record<string, string> = {
  'The slug': 'المعرّف المختصر (slug)',
  'The section': 'القسم (section)',
  'A section id': 'معرّف القسم',
  'A tag id': 'معرّف الوسم',
  'A tag': 'الوسم',
  'A story id': 'معرّف القصة (story)',
};

const rules: Rule[] = [
  [/^is required$/, () => 'مطلوب'],
  [/^(.+) must be kebab-case \(lower-case letters, digits and single hyphens\)$/, (what) => `يجب أن يُكتب ${subjects[what] ?? what} بحروف لاتينية صغيرة وأرقام وشرطات مفردة`],
  [/^must not be blank \(leave the key out while a translation is pending\)$/, () => 'يجب ألا يكون فارغًا (احذف المفتاح ما دامت الترجمة معلّقة)'],
  [/^needs at least one section$/, () => 'يلزم قسم واحد على الأقل'],
  [/^needs at least one Arabic rendering$/, () => 'يلزم مقابل عربي واحد على الأقل'],
  [/^must be an ISO 8601 date-time with an offset, e\.g\. (.+)$/, (example) => `يجب أن يكون تاريخًا ووقتًا بصيغة ISO 8601 مع فارق التوقيت، مثل ${example}`],
  [/^must be an http\(s\) URL$/, () => 'يجب أن يكون عنوان http أو https'],
  [/^a block id is 1–64 letters, digits, - or _$/, () => 'معرّف الكتلة من 1 إلى 64 حرفًا لاتينيًا أو رقمًا أو - أو _'],
  [/^type must be one of (.+)$/, (list) => `يجب أن يكون النوع (type) واحدًا من: ${list}`],
  [/^kind must be one of (.+)$/, (list) => `يجب أن يكون الصنف (kind) واحدًا من: ${list}`],
  [/^must be a path under \/images\/ ending in (.+)$/, () => 'يجب أن يكون مسارًا تحت /images/ ينتهي بـ .svg أو .png أو .jpg أو .webp أو .avif'],
  [/^must not contain \.\.$/, () => 'يجب ألا يحتوي على ..'],
  [/^originalLanguage must be "en" or "ar"$/, () => 'يجب أن تكون لغة الأصل (originalLanguage) ‏"en" أو "ar"'],
  [/^a report needs at least one block$/, () => 'يحتاج التقرير إلى كتلة واحدة على الأقل'],
  [/^the original language \((\w+)\) is required$/, (lang) => `نص لغة الأصل (${lang}) مطلوب`],
  [/^only a quote block has a cite$/, () => 'الإسناد (cite) لكتل الاقتباس وحدها'],
  [/^"(.+)" is reserved for the report's own .+$/, (id) => `"${id}" محجوز لحقل التقرير نفسه`],
  [/^duplicate block id "(.+)" \(already used by (.+)\)$/, (id, where) => `معرّف كتلة مكرر "${id}" (مستخدم في ${where})`],
  [/^must not be before publishedAt$/, () => 'يجب ألا يسبق وقتَ النشر (publishedAt)'],
  [/^lists the same tag twice$/, () => 'يذكر الوسم نفسه مرتين'],
  [/^is not a directory \(set CONTENT_DIR to a content directory\)$/, () => 'ليس مجلدًا (اجعل CONTENT_DIR يشير إلى مجلد محتوى)'],
  [/^cannot be read \((.+)\)$/, (code) => `تتعذّر قراءته (${code})`],
  [/^is not valid JSON at line (\d+), column (\d+): (.+)$/, (line, column, what) => `ليس JSON صالحًا عند السطر ${line}، العمود ${column} (${what})`],
  [/^duplicate section id "(.+)"$/, (id) => `معرّف قسم مكرر "${id}"`],
  [/^"(.+)" must equal the file name "(.+)"$/, (slug, name) => `يجب أن يطابق "${slug}" اسمَ الملف "${name}"`],
  [/^"(.+)" is the address of a review page: choose another slug$/, (slug) => `"${slug}" عنوان صفحة من صفحات المراجعة: اختر معرّفًا آخر`],
  [/^"(.+)" is not an id in sections\.json$/, (id) => `"${id}" ليس معرّفًا في sections.json`],
  [/^(.+) does not exist under public\/$/, (file) => `${file} غير موجود تحت public/`],
  [/^is missing: put one JSON file per report in it$/, () => 'غير موجود: ضع فيه ملف JSON لكل تقرير'],
];

/** The Arabic of one of the checks' English messages, or undefined when there is none. */
export function arabicProblem(message: string): string | undefined {
  for (const [pattern, arabic] of rules) {
    const match = pattern.exec(message);
    if (match) return arabic(...match.slice(1));
  }
  return undefined;
}
