<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>পিন (PIN)</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>অ্যাক্সেস পাসওয়ার্ড</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>অ্যাক্সেস আইডি</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>অ্যাকাউন্ট তৈরির কোড</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>স্কুলে সরাসরি হাতে দেওয়া হয়েছে।</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>প্যারেন্ট পোর্টালে ঢোকার জন্য আপনার অ্যাক্সেস কোড</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>ব্যক্তিগত ও গোপনীয়</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>ইস্যুর তারিখ: %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>চিঠির নম্বর: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>এই পাতায় চিঠিটি আপনার ভাষায় আবার দেওয়া হয়েছে। আপনার কোড শুধু প্রথম পাতায় আছে।</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>খুলতে দুই পাশের ফালি ছিঁড়ে ফেলুন।</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>প্রিয় %1,</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>আপনার কোড এই চিঠির প্রথম পাতায়, ইংরেজিতে, “%1” বক্সে ছাপা আছে।</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>শিক্ষার্থী</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>কোড</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>শিক্ষার্থী আইডি: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>এই চিঠি যদি খোলা বা ক্ষতিগ্রস্ত অবস্থায় আপনার কাছে পৌঁছে থাকে, তাহলে কোড ব্যবহার করবেন না। স্কুলে %1 নম্বরে ফোন করুন: স্কুল সেগুলো বাতিল করে আপনাকে নতুন কোড দেবে।</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>কীভাবে আপনার অ্যাকাউন্ট যুক্ত করবেন</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>কম্পিউটার বা ফোনে %1 খুলুন।</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>নিজের ইমেইল ঠিকানা দিয়ে একটি অভিভাবক অ্যাকাউন্ট খুলুন, বা আগে থেকে অ্যাকাউন্ট থাকলে সাইন ইন করুন।</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>“Add student” (শিক্ষার্থী যোগ করুন) বেছে নিন। এই চিঠিতে যেভাবে ছাপা আছে ঠিক সেভাবে শিক্ষার্থী আইডি ও কোড লিখুন।</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>প্রত্যেক শিক্ষার্থীর জন্য এটি আবার করুন। প্রতিটি কোড শুধু তার পাশে নাম লেখা শিক্ষার্থীর জন্য, এবং শুধু একবার কাজ করে।</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>এই চিঠি নিরাপদ জায়গায় রাখুন। স্কুলের কর্মীরা কখনোই ফোন, ইমেইল বা টেক্সট মেসেজে আপনার কোড চাইবেন না।</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>কোনো প্রশ্ন আছে? স্কুলে %1 নম্বরে ফোন করুন।</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>ব্যক্তিগত ও গোপনীয়: শুধু এই চিঠিতে যাঁর নাম লেখা আছে, তিনিই খুলবেন।</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>স্কুল নিশ্চিত করেছে যে স্কুলের রেকর্ড অনুযায়ী আপনি নিচে নাম দেওয়া শিক্ষার্থীদের মা-বাবা বা অভিভাবক। এই চিঠির কোড দিয়ে আপনি তাদের আপনার প্যারেন্ট পোর্টাল অ্যাকাউন্টের সঙ্গে যুক্ত করতে এবং অনলাইনে তাদের উপস্থিতি, গ্রেড ও স্কুলের খবর দেখতে পারবেন।</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>আপনার কোড: কারও সঙ্গে শেয়ার করবেন না</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>সর্বশেষ ব্যবহারের তারিখ</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>প্রতিটি কোড তার পাশে ছাপা তারিখের মধ্যেই ব্যবহার করুন, তার পরে নয়। সেই তারিখের পরে স্কুলের কাছে নতুন কোড চান।</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>নিরাপত্তা সিল: এই চিঠি আসল কি না তা যাচাই করতে স্কুল এটি স্ক্যান করতে পারে। এতে আপনার কোড নেই।</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>প্যারেন্ট পোর্টালে প্রবেশের আবেদন</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>আপনার প্রবেশাধিকার গোপন রাখুন</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>কখনো কাউকে আপনার পাসওয়ার্ড বা অ্যাক্সেস কোড দেবেন না।</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>অন্যরা দেখতে পায় এমন জায়গায় পাসওয়ার্ড লিখে রাখবেন না।</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>কাজ শেষ হলে সাইন আউট করে ব্রাউজার বন্ধ করুন, বিশেষ করে শেয়ার করা কম্পিউটারে।</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>এমন পাসওয়ার্ড বেছে নিন যা অন্যরা অনুমান করতে পারবে না: সন্তানের নাম, পোষা প্রাণীর নাম বা জন্মদিন নয়।</translation>
    </message>
    <message>
        <source>School</source>
        <translation>স্কুল</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>শিক্ষার্থী আইডি</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>শিক্ষার্থীর নাম</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>মাঝের নামের আদ্যক্ষর</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>শিক্ষার্থীর পদবি</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>মা-বাবা বা অভিভাবকের নাম</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>শিক্ষার্থীর সঙ্গে সম্পর্ক</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>বাড়ির ঠিকানা</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>বাড়ির ফোন</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>মোবাইল ফোন</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>পছন্দের ভাষা</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>স্বাক্ষর</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>এই ফর্ম এবং আপনার ছবিসহ পরিচয়পত্র নিয়ে স্কুলের অফিসে আসুন। কর্মীরা আপনার পরিচয় যাচাই করে আপনার হাতে অ্যাক্সেস কোড দেবেন।</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>প্যারেন্ট পোর্টালে মা-বাবা ও অভিভাবকেরা অনলাইনে সন্তানের উপস্থিতি, গ্রেড, রিপোর্ট কার্ড, ক্লাস ও যোগাযোগের তথ্য দেখতে পারেন। শিক্ষার্থীদের সুরক্ষার জন্য স্কুল ছবিসহ পরিচয়পত্র যাচাই করার পর শুধু স্কুলের রেকর্ডে থাকা মা-বাবা বা অভিভাবককে প্রবেশাধিকার দেয়।</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>দয়া করে স্পষ্ট করে বড় হাতের (ক্যাপিটাল) অক্ষরে লিখুন</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>নমুনা: বৈধ নয়</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>d MMMM, yyyy</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>ফোন: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>শুধু স্কুল অফিসের ব্যবহারের জন্য</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>মা</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>বাবা</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>আইনগত অভিভাবক</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>পরিচর্যাকারী</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>অন্য সম্পর্ক</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>এই ফর্ম কীভাবে ব্যবহার করবেন</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>নিচের তথ্য মিলিয়ে দেখুন, যা নেই তা পূরণ করুন এবং ফর্মে স্বাক্ষর করুন।</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>আপনার ছবিসহ পরিচয়পত্রের সামনে ও পেছনের কপি করুন: ড্রাইভিং লাইসেন্স, স্টেট আইডি, পাসপোর্ট, কনস্যুলার আইডি বা সরকারের দেওয়া অন্য কোনো ছবিসহ পরিচয়পত্র।</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>যাচাই শেষ হলে স্কুল নিচের ঠিকানায় ডাকে আপনার কোড পাঠাবে। কোড কখনোই ফোন, ইমেইল বা টেক্সট মেসেজে দেওয়া হয় না।</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>মা-বাবা বা অভিভাবকের নাম</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>কোড শুধু এই ঠিকানাতেই পাঠানো হয়। ঠিকানা বদলে গিয়ে থাকলে আগে স্কুলকে তা হালনাগাদ করতে বলুন।</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>ফোন</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ইমেইল</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>শিক্ষার্থীরা</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>শিক্ষার্থীদের সঙ্গে আপনার সম্পর্ক</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>আমি আমার ছবিসহ পরিচয়পত্রের কপি (সামনে ও পেছনে) সংযুক্ত করেছি।</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>স্বাক্ষর</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>ফেরত পাঠান: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>ফর্ম ও কপিটি ডাকে স্কুল অফিসে ফেরত পাঠান।</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>ফর্ম ও কপিটি ডাকে স্কুল অফিসে ফেরত পাঠান, অথবা স্পষ্ট স্ক্যান বা ছবি হিসেবে %1 ঠিকানায় ইমেইল করুন।</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>রেফারেন্স নম্বর: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>প্যারেন্ট পোর্টালের কোড ডাকে পাঠানোর অনুরোধ</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>শিক্ষার্থীদের সুরক্ষার জন্য স্কুল ছবিসহ পরিচয়পত্র যাচাই করার পর শুধু স্কুলের রেকর্ডে থাকা মা-বাবা বা অভিভাবকের হাতে সরাসরি প্যারেন্ট পোর্টালের কোড দেয়। আপনি স্কুলে আসতে না পারলে এই ফর্ম দিয়ে স্কুলকে অনুরোধ করুন, যেন স্কুলের রেকর্ডে থাকা আপনার ঠিকানায় কোডটি ডাকে পাঠানো হয়।</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>স্কুলের রেকর্ডে থাকা ডাকের ঠিকানা</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>আমি উপরে নাম দেওয়া শিক্ষার্থীদের মা/বাবা বা আইনি অভিভাবক। আমি স্কুলকে অনুরোধ করছি, আমার প্যারেন্ট পোর্টাল অ্যাক্সেস কোড যেন স্কুলের রেকর্ডে থাকা আমার ঠিকানায় ডাকে পাঠানো হয়। আমি কোডটি কারও সঙ্গে শেয়ার করব না।</translation>
    </message>
</context>
</TS>
