<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>存取密碼</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>存取 ID</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>帳戶建立碼</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>已在學校當面交付。</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>您的家長入口網站存取密鑰</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>個人機密</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>簽發日期：%1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>信件編號：%1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>本頁用您的語言重述這封信的內容。您的密鑰只印在第一頁上。</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>拆閱時，請撕下兩側的封條。</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>親愛的%1：</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>您的密鑰以英文印在本信第一頁的「%1」方框中。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>學生</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密鑰</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>學生編號：%1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>如果您收到這封信時它已被拆開或損壞，不要使用這些密鑰，請致電學校 %1：學校會將其作廢，並重新發給您。</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>如何連結您的帳戶</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>用電腦或手機前往 %1。</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>用您自己的電子郵件地址建立家長帳戶；如果已有帳戶，請直接登入。</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>選擇「Add student」（新增學生）。依照本信中印出的內容，準確輸入學生編號和密鑰。</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>為每名學生重複以上步驟。每個密鑰只適用於旁邊所列的學生，而且只能使用一次。</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>請妥善保管這封信。學校職員絕不會透過電話、電子郵件或簡訊向您索取密鑰。</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>如有疑問，請致電學校：%1。</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>個人機密：只能由信上寫明姓名的人拆閱。</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>學校已確認，根據學校紀錄，您是以下學生的家長或監護人。使用本信中的密鑰，您可以將他們連結到您的家長入口網站帳戶，在線上查看他們的出勤、成績和學校消息。</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>您的密鑰：不要告訴任何人</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>最遲使用日期</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>每個密鑰最遲須在旁邊所印的日期使用。過了這個日期，請向學校申請新的密鑰。</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>安全 QR 碼：學校可以掃描它，核實這封信是真的。其中不含您的密鑰。</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>家長入口網站存取申請</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>保護好您的存取權限</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>切勿將您的密碼或存取密鑰告訴任何人。</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>不要把密碼寫在別人看得到的地方。</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>使用完畢後請登出並關閉瀏覽器，在共用電腦上尤其如此。</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>選擇別人猜不到的密碼：不要用子女的名字、寵物的名字或生日。</translation>
    </message>
    <message>
        <source>School</source>
        <translation>學校</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>學生編號</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>學生名字</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>中間名首字母</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>學生姓氏</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>家長或監護人姓名</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>與學生的關係</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>住家地址</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>住家電話</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手機</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>偏好語言</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>請攜帶本表和您附照片的身分證件到學校辦公室。職員核實您的身分後，會當面將存取密鑰交給您。</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>家長入口網站讓家長和監護人可以在線上查看子女的出勤、成績、成績單、課程和聯絡資料。為保護學生，學校只在核對附照片的身分證件後，才向學校紀錄中的家長或監護人提供存取權限。</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>請以正楷清楚填寫（英文請用大寫字母）</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>樣本：無效</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>電話：%1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>僅供學校辦公室填寫</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>母親</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父親</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>法定監護人</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>照護人</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>其他關係</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>如何使用本表</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>核對下方資料，填寫缺少的內容，並在表上簽名。</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>影印您附照片的身分證件正反面：駕照、州身分證、護照、領事證件或其他政府核發的附照片證件。</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>學校核對無誤後，會將您的密鑰郵寄到下方地址。密鑰絕不會透過電話、電子郵件或簡訊提供。</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>家長或監護人姓名</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>密鑰只會寄到此地址。如果地址已變更，請先讓學校更新。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>學生</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>您與學生的關係</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>我已附上我附照片的身分證件影本（正反面）。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>寄回：%1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>將本表和影本郵寄到學校辦公室。</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>將本表和影本郵寄到學校辦公室，或將清晰的掃描檔或照片以電子郵件寄到 %1。</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>參考編號：%1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>申請郵寄家長入口網站密鑰</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>為保護學生，學校只在核對附照片的身分證件後，當面將家長入口網站密鑰交給學校紀錄中的家長或監護人。如果您無法到校，可以用本表申請學校將密鑰郵寄到學校紀錄中您的地址。</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>學校紀錄中的郵寄地址</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>我是上述學生的家長或法定監護人。我請求學校將我的家長入口網站存取密鑰郵寄到學校紀錄中我的地址。我不會把密鑰告訴任何人。</translation>
    </message>
</context>
</TS>
