<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>کد PIN</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>رمز دسترسی</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>شناسه دسترسی</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>کد ایجاد حساب</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>حضوری در مدرسه تحویل داده شد.</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>کلید ورود شما به پورتال والدین</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>شخصی و محرمانه</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>تاریخ صدور: %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>شماره نامه: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>این برگه متن نامه را به زبان شما تکرار می‌کند. کلیدهای شما فقط در برگه اول آمده است.</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>برای باز کردن، نوارهای دو طرف را جدا کنید.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>%1 گرامی،</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>کلیدهای شما در برگه اول این نامه، به زبان انگلیسی، در کادر «%1» چاپ شده است.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>دانش‌آموز</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>شماره دانش‌آموزی: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>اگر این نامه باز‌شده یا آسیب‌دیده به دست شما رسیده است، از کلیدها استفاده نکنید. با مدرسه به شماره %1 تماس بگیرید: مدرسه آنها را باطل می‌کند و کلیدهای تازه به شما می‌دهد.</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>چگونه حساب خود را وصل کنید</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>با رایانه یا تلفن به %1 بروید.</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>با نشانی ایمیل خودتان یک حساب والدین بسازید، یا اگر حساب دارید وارد شوید.</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>گزینه «Add student» (افزودن دانش‌آموز) را انتخاب کنید. شماره دانش‌آموزی و کلید را دقیقاً همان‌طور که در این نامه چاپ شده است وارد کنید.</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>این کار را برای هر دانش‌آموز تکرار کنید. هر کلید فقط برای دانش‌آموزی که نامش کنار آن آمده است و فقط یک بار کار می‌کند.</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>این نامه را در جای امنی نگه دارید. کارکنان مدرسه هرگز کلید شما را از طریق تلفن، ایمیل یا پیامک نمی‌پرسند.</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>سؤالی دارید؟ با مدرسه به شماره %1 تماس بگیرید.</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>شخصی و محرمانه: فقط کسی که نامش روی این نامه نوشته شده است آن را باز کند.</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>مدرسه تأیید کرده است که طبق سوابق مدرسه، شما پدر، مادر یا سرپرست دانش‌آموزانی هستید که نامشان در زیر آمده است. با کلیدهای این نامه می‌توانید آنها را به حساب خود در پورتال والدین وصل کنید و حضور و غیاب، نمره‌ها و اخبار مدرسه را به‌صورت آنلاین دنبال کنید.</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>کلیدهای شما: آنها را به هیچ‌کس ندهید</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>استفاده حداکثر تا</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>هر کلید را حداکثر تا تاریخی که کنار آن چاپ شده است استفاده کنید. پس از آن تاریخ، از مدرسه کلید تازه بخواهید.</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>کد امنیتی: مدرسه می‌تواند آن را اسکن کند تا مطمئن شود این نامه واقعی است. کلید شما در آن نیست.</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>درخواست دسترسی به پورتال والدین</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>دسترسی خود را محرمانه نگه دارید</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>هرگز رمز عبور یا کلید دسترسی خود را به کسی ندهید.</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>رمز عبور خود را جایی که دیگران ببینند ننویسید.</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>وقتی کارتان تمام شد از حساب خارج شوید و مرورگر را ببندید، به‌ویژه در رایانه مشترک.</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>رمزی انتخاب کنید که دیگران نتوانند حدس بزنند: نه نام فرزندتان، نه نام حیوان خانگی و نه تاریخ تولد.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>مدرسه</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>شماره دانش‌آموزی</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>نام دانش‌آموز</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>حرف اول نام میانی</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>نام خانوادگی دانش‌آموز</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>نام پدر، مادر یا سرپرست</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>نسبت با دانش‌آموز</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>نشانی منزل</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>تلفن منزل</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>تلفن همراه</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>زبان ترجیحی</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>این فرم و کارت شناسایی عکس‌دار خود را به دفتر مدرسه بیاورید. کارکنان هویت شما را بررسی می‌کنند و کلید دسترسی را حضوری به شما می‌دهند.</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>پورتال والدین به پدر و مادرها و سرپرستان امکان می‌دهد حضور و غیاب، نمره‌ها، کارنامه‌ها، کلاس‌ها و اطلاعات تماس فرزندشان را به‌صورت آنلاین ببینند. برای حفاظت از دانش‌آموزان، مدرسه فقط پس از بررسی یک کارت شناسایی عکس‌دار به پدر، مادر یا سرپرستی که در سوابق مدرسه ثبت شده است دسترسی می‌دهد.</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>لطفاً خوانا بنویسید (حروف لاتین را بزرگ بنویسید)</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>نمونه: معتبر نیست</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>تلفن: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>فقط برای استفاده دفتر مدرسه</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>مادر</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>پدر</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>سرپرست قانونی</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>نسبت دیگر</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>نحوه استفاده از این فرم</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>اطلاعات زیر را بررسی کنید، موارد جاافتاده را کامل کنید و فرم را امضا کنید.</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>از کارت شناسایی عکس‌دار خود، پشت و رو، کپی بگیرید: گواهینامه رانندگی، کارت شناسایی ایالتی، گذرنامه، کارت کنسولی یا هر کارت شناسایی عکس‌دار دولتی دیگر.</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>پس از بررسی، مدرسه کلید شما را با پست به نشانی زیر می‌فرستد. کلیدها هرگز از طریق تلفن، ایمیل یا پیامک داده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>نام پدر، مادر یا سرپرست</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>کلید فقط به این نشانی فرستاده می‌شود. اگر نشانی شما تغییر کرده است، اول از مدرسه بخواهید آن را به‌روز کند.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>دانش‌آموزان</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>نسبت شما با دانش‌آموزان</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>یک کپی از کارت شناسایی عکس‌دار خود (پشت و رو) پیوست کرده‌ام.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>ارسال به: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>فرم و کپی را با پست به دفتر مدرسه برگردانید.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>فرم و کپی را با پست به دفتر مدرسه برگردانید، یا اسکن یا عکس واضح آنها را به %1 ایمیل کنید.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>شماره پیگیری: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>درخواست ارسال کلید پورتال والدین با پست</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>برای حفاظت از دانش‌آموزان، مدرسه کلیدهای پورتال والدین را فقط حضوری و پس از بررسی کارت شناسایی عکس‌دار به پدر، مادر یا سرپرستی که در سوابق مدرسه ثبت شده است می‌دهد. اگر نمی‌توانید به مدرسه بیایید، با این فرم از مدرسه بخواهید کلید شما را با پست به نشانی شما در سوابق مدرسه بفرستد.</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>نشانی پستی در سوابق مدرسه</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>من پدر، مادر یا سرپرست قانونی دانش‌آموزانی هستم که نامشان در بالا آمده است. از مدرسه می‌خواهم کلید دسترسی من به پورتال والدین را با پست به نشانی من در سوابق مدرسه بفرستد. کلید را به هیچ‌کس نمی‌دهم.</translation>
    </message>
</context>
</TS>
