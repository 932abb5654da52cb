<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>PIN کوڈ</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>رسائی کا پاس ورڈ</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>رسائی کی ID</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>اکاؤنٹ بنانے کا کوڈ</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>اسکول میں خود حوالے کیا گیا۔</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>والدین کے پورٹل کے لیے آپ کی کلید</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>ذاتی اور خفیہ</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>جاری کرنے کی تاریخ: %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>خط نمبر: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>اس صفحے پر خط آپ کی زبان میں دہرایا گیا ہے۔ آپ کی کلیدیں صرف پہلے صفحے پر ہیں۔</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>کھولنے کے لیے دونوں طرف کی پٹیاں پھاڑ دیں۔</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>محترم/محترمہ %1،</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>آپ کی کلیدیں اس خط کے پہلے صفحے پر، انگریزی میں، «%1» والے خانے میں چھپی ہیں۔</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>طالب علم</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>طالب علم کا نمبر: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>اگر یہ خط آپ کو پہلے سے کھلا ہوا یا خراب حالت میں ملا ہے تو کلیدیں استعمال نہ کریں۔ اسکول کو %1 پر فون کریں: اسکول انہیں منسوخ کر کے آپ کو نئی کلیدیں دے گا۔</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>اپنا اکاؤنٹ کیسے جوڑیں</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>کمپیوٹر یا فون پر %1 کھولیں۔</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>اپنے ای میل ایڈریس سے والدین کا اکاؤنٹ بنائیں، یا اگر پہلے سے اکاؤنٹ ہے تو سائن اِن کریں۔</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>«Add student» (طالب علم شامل کریں) منتخب کریں۔ طالب علم کا نمبر اور کلید بالکل اسی طرح لکھیں جیسے اس خط میں چھپے ہیں۔</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>ہر طالب علم کے لیے یہی دہرائیں۔ ہر کلید صرف اسی طالب علم کے لیے کام کرتی ہے جس کا نام اس کے ساتھ لکھا ہے، اور صرف ایک بار۔</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>یہ خط کسی محفوظ جگہ رکھیں۔ اسکول کا عملہ کبھی بھی فون، ای میل یا ٹیکسٹ میسج کے ذریعے آپ سے کلید نہیں مانگے گا۔</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>کوئی سوال ہے؟ اسکول کو %1 پر فون کریں۔</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>ذاتی اور خفیہ: اسے صرف وہی شخص کھولے جس کا نام اس خط پر لکھا ہے۔</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>اسکول نے تصدیق کی ہے کہ اسکول کے ریکارڈ کے مطابق آپ نیچے درج طلبہ کے والد، والدہ یا سرپرست ہیں۔ اس خط کی کلیدوں سے آپ انہیں والدین کے پورٹل پر اپنے اکاؤنٹ سے جوڑ سکتے ہیں اور ان کی حاضری، نمبر اور اسکول کی خبریں آن لائن دیکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>آپ کی کلیدیں: یہ کسی کو نہ بتائیں</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>آخری تاریخِ استعمال</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>ہر کلید زیادہ سے زیادہ اس کے ساتھ چھپی تاریخ تک استعمال کریں۔ اس تاریخ کے بعد اسکول سے نئی کلید مانگیں۔</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>حفاظتی کوڈ: اسکول اسے اسکین کر کے جانچ سکتا ہے کہ یہ خط اصلی ہے۔ اس میں آپ کی کلید نہیں ہے۔</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>والدین کے پورٹل تک رسائی کی درخواست</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>اپنی رسائی کو راز میں رکھیں</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>اپنا پاس ورڈ یا رسائی کی کلید کبھی کسی کو نہ دیں۔</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>اپنا پاس ورڈ ایسی جگہ نہ لکھیں جہاں دوسرے دیکھ سکیں۔</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>کام ختم ہونے پر سائن آؤٹ کریں اور براؤزر بند کریں، خاص طور پر مشترکہ کمپیوٹر پر۔</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>ایسا پاس ورڈ چنیں جس کا دوسرے اندازہ نہ لگا سکیں: نہ اپنے بچے کا نام، نہ کسی پالتو جانور کا نام اور نہ کوئی سالگرہ۔</translation>
    </message>
    <message>
        <source>School</source>
        <translation>اسکول</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>طالب علم کا نمبر</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>طالب علم کا پہلا نام</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>درمیانی نام کا پہلا حرف</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>طالب علم کا خاندانی نام</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>والد، والدہ یا سرپرست کا نام</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>طالب علم سے رشتہ</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>گھر کا پتہ</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>گھر کا فون</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>موبائل فون</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>ترجیحی زبان</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>یہ فارم اور اپنی تصویر والی شناختی دستاویز اسکول کے دفتر میں لائیں۔ عملہ آپ کی شناخت کی تصدیق کر کے رسائی کی کلید آپ کو خود دے گا۔</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>والدین کا پورٹل والدین اور سرپرستوں کو اپنے بچے کی حاضری، نمبر، رپورٹ کارڈ، کلاسیں اور رابطے کی معلومات آن لائن دیکھنے دیتا ہے۔ طلبہ کی حفاظت کے لیے اسکول تصویر والی شناختی دستاویز جانچنے کے بعد صرف اسکول کے ریکارڈ میں درج والد، والدہ یا سرپرست کو رسائی دیتا ہے۔</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>براہِ کرم صاف صاف لکھیں، انگریزی حروف بڑے (کیپیٹل) لکھیں</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>نمونہ: قابلِ استعمال نہیں</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>فون: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>صرف اسکول کے دفتر کے استعمال کے لیے</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>والدہ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>والد</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>قانونی سرپرست</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>دیکھ بھال کرنے والا</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>دیگر رشتہ</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>یہ فارم کیسے استعمال کریں</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>نیچے دی گئی معلومات دیکھیں، جو کمی ہے وہ پوری کریں اور فارم پر دستخط کریں۔</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>اپنی تصویر والی شناختی دستاویز کی دونوں طرف کی کاپی بنائیں: ڈرائیونگ لائسنس، ریاستی شناختی کارڈ، پاسپورٹ، قونصلر کارڈ یا حکومت کی جاری کردہ کوئی اور تصویر والی شناخت۔</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>جانچ کے بعد اسکول آپ کی کلید ڈاک سے نیچے دیے گئے پتے پر بھیجے گا۔ کلیدیں کبھی بھی فون، ای میل یا ٹیکسٹ میسج کے ذریعے نہیں دی جاتیں۔</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>والد، والدہ یا سرپرست کا نام</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>کلید صرف اسی پتے پر بھیجی جاتی ہے۔ اگر پتہ بدل گیا ہے تو پہلے اسکول سے اسے اپ ڈیٹ کرنے کو کہیں۔</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>طلبہ</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>طلبہ سے آپ کا رشتہ</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>میں نے اپنی تصویر والی شناختی دستاویز کی کاپی (دونوں طرف) ساتھ لگا دی ہے۔</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>دستخط</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>واپس بھیجیں: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>فارم اور کاپی اسکول کے دفتر کو ڈاک سے واپس بھیجیں۔</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>فارم اور کاپی اسکول کے دفتر کو ڈاک سے واپس بھیجیں، یا صاف اسکین یا تصویر کی شکل میں %1 پر ای میل کریں۔</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>حوالہ نمبر: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>والدین کے پورٹل کی کلید ڈاک سے بھیجنے کی درخواست</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>طلبہ کی حفاظت کے لیے اسکول والدین کے پورٹل کی کلیدیں تصویر والی شناختی دستاویز جانچنے کے بعد صرف اسکول کے ریکارڈ میں درج والد، والدہ یا سرپرست کو خود دیتا ہے۔ اگر آپ اسکول نہیں آ سکتے تو اس فارم کے ذریعے اسکول سے درخواست کریں کہ آپ کی کلید ڈاک سے اسکول کے ریکارڈ میں درج آپ کے پتے پر بھیجے۔</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>اسکول کے ریکارڈ میں درج ڈاک کا پتہ</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>میں اوپر درج طلبہ کا والد، والدہ یا قانونی سرپرست ہوں۔ میں اسکول سے درخواست کرتا/کرتی ہوں کہ والدین کے پورٹل تک رسائی کی میری کلید ڈاک سے اسکول کے ریکارڈ میں درج میرے پتے پر بھیجے۔ میں یہ کلید کسی کو نہیں بتاؤں گا/گی۔</translation>
    </message>
</context>
</TS>
