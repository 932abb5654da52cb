<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>كلمة مرور الدخول</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>معرّف الدخول</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>رمز إنشاء الحساب</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>سُلِّمت شخصيًا في المدرسة.</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>مفتاح دخولك إلى بوابة أولياء الأمور</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>شخصي وسري</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>تاريخ الإصدار: %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>رقم الرسالة: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>تعيد هذه الورقة نص الرسالة بلغتك. مفاتيحك موجودة في الورقة الأولى فقط.</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>للفتح، انزع الشريطين على الجانبين.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>عزيزي/عزيزتي %1،</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>مفاتيحك مطبوعة في الورقة الأولى من هذه الرسالة، باللغة الإنجليزية، في المربع «%1».</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>الطالب</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>رقم الطالب: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>إذا وصلتك هذه الرسالة مفتوحة أو تالفة، فلا تستخدم المفاتيح. اتصل بالمدرسة على الرقم %1، وستلغيها المدرسة وتعطيك مفاتيح جديدة.</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>كيف تربط حسابك</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>افتح %1 على حاسوب أو هاتف.</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>أنشئ حساب ولي أمر ببريدك الإلكتروني الخاص، أو سجّل الدخول إن كان لديك حساب.</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>اختر «Add student» (إضافة طالب). اكتب رقم الطالب والمفتاح تمامًا كما هما مطبوعان في هذه الرسالة.</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>كرر ذلك لكل طالب. كل مفتاح يعمل فقط للطالب المذكور اسمه بجانبه، ولمرة واحدة فقط.</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>احفظ هذه الرسالة في مكان آمن. لن يطلب منك موظفو المدرسة مفتاحك أبدًا عبر الهاتف أو البريد الإلكتروني أو الرسائل النصية.</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>هل لديك أسئلة؟ اتصل بالمدرسة على الرقم %1.</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>شخصي وسري: لا يفتحه إلا الشخص المذكور اسمه على هذه الرسالة.</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>أكدت المدرسة أنك، وفق سجلات المدرسة، أحد الوالدين أو ولي أمر الطلاب المذكورة أسماؤهم أدناه. بالمفاتيح الواردة في هذه الرسالة يمكنك ربطهم بحسابك في بوابة أولياء الأمور ومتابعة حضورهم ودرجاتهم وأخبار المدرسة عبر الإنترنت.</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>مفاتيحك: لا تشاركها مع أي أحد</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>يُستخدم في موعد أقصاه</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>استخدم كل مفتاح في موعد أقصاه التاريخ المطبوع بجانبه. بعد هذا التاريخ، اطلب من المدرسة مفتاحًا جديدًا.</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>رمز الأمان: يمكن للمدرسة مسحه ضوئيًا للتحقق من أن هذه الرسالة حقيقية. وهو لا يحتوي على مفتاحك.</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>طلب الدخول إلى بوابة أولياء الأمور</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>حافظ على سرية دخولك</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>لا تعطِ كلمة المرور أو مفتاح الدخول لأي شخص أبدًا.</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>لا تكتب كلمة المرور في مكان يراه الآخرون.</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>سجّل الخروج وأغلق المتصفح عند الانتهاء، خاصةً على حاسوب مشترك.</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>اختر كلمة مرور لا يستطيع الآخرون تخمينها: لا اسم طفلك ولا اسم حيوان أليف ولا تاريخ ميلاد.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>رقم الطالب</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>الاسم الأول للطالب</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>الحرف الأول من الاسم الأوسط</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>اسم عائلة الطالب</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>اسم أحد الوالدين أو ولي الأمر</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>صلة القرابة بالطالب</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>عنوان المنزل</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>هاتف المنزل</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>الهاتف المحمول</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضلة</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>أحضر هذا النموذج وبطاقة هويتك التي تحمل صورة إلى مكتب المدرسة. سيتحقق الموظفون من هويتك ويسلمونك مفتاح الدخول شخصيًا.</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>تتيح بوابة أولياء الأمور للآباء والأمهات وأولياء الأمور الاطلاع عبر الإنترنت على حضور أبنائهم ودرجاتهم وشهاداتهم المدرسية وحصصهم وبيانات الاتصال بهم. لحماية الطلاب، لا تمنح المدرسة حق الدخول إلا لأحد الوالدين أو ولي أمر مسجل في سجلات المدرسة، بعد التحقق من بطاقة هوية تحمل صورة.</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>يُرجى الكتابة بخط واضح، وبالحروف الكبيرة للأسماء اللاتينية</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>نموذج للعرض: غير صالح</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>لاستخدام مكتب المدرسة فقط</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>الوالدة</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>الوالد</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>الوصي القانوني</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>مقدّم الرعاية</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>صلة أخرى</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>كيفية استخدام هذا النموذج</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>راجع البيانات أدناه، وأكمل الناقص منها، ووقّع النموذج.</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>احصل على صورة ضوئية لوجهَي بطاقة هويتك التي تحمل صورة: رخصة قيادة، أو بطاقة هوية الولاية، أو جواز سفر، أو بطاقة قنصلية، أو أي بطاقة هوية حكومية أخرى تحمل صورة.</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>بعد أن تتحقق المدرسة منهما، سترسل مفتاحك بالبريد إلى العنوان أدناه. لا تُعطى المفاتيح أبدًا عبر الهاتف أو البريد الإلكتروني أو الرسائل النصية.</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>اسم أحد الوالدين أو ولي الأمر</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>يُرسل المفتاح إلى هذا العنوان فقط. إذا تغيّر عنوانك، فاطلب من المدرسة تحديثه أولًا.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>الطلاب</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>صلة قرابتك بالطلاب</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>أرفقتُ نسخة من بطاقة هويتي التي تحمل صورة (من الوجهين).</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>يُعاد إلى: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>أعد النموذج والنسخة إلى مكتب المدرسة بالبريد.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>أعد النموذج والنسخة إلى مكتب المدرسة بالبريد، أو بالبريد الإلكتروني إلى %1 في صورة واضحة أو نسخة ممسوحة ضوئيًا.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>الرقم المرجعي: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>طلب إرسال مفتاح بوابة أولياء الأمور بالبريد</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>لحماية الطلاب، لا تسلّم المدرسة مفاتيح بوابة أولياء الأمور إلا لأحد الوالدين أو ولي أمر مسجل في سجلات المدرسة، شخصيًا، بعد التحقق من بطاقة هوية تحمل صورة. إذا لم تستطع الحضور إلى المدرسة، فاستخدم هذا النموذج لتطلب من المدرسة إرسال مفتاحك بالبريد إلى عنوانك في سجلات المدرسة.</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>العنوان البريدي في سجلات المدرسة</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>أنا أحد الوالدين أو الوصي القانوني على الطلاب المذكورين أعلاه. أطلب من المدرسة إرسال مفتاح دخولي إلى بوابة أولياء الأمور بالبريد إلى عنواني في سجلات المدرسة. لن أشارك المفتاح مع أي أحد.</translation>
    </message>
</context>
</TS>
