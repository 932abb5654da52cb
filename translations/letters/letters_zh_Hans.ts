<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>访问密码</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>访问 ID</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>账户创建码</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>已在学校当面交付。</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>您的家长门户访问密钥</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>私人机密</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>签发日期：%1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>信件编号：%1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>本页用您的语言重述这封信的内容。您的密钥只印在第一页上。</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>拆阅时，请撕下两侧的封条。</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>尊敬的%1：</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>您的密钥以英文印在本信第一页的“%1”方框中。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>学生编号：%1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>如果您收到这封信时它已被拆开或损坏，不要使用这些密钥，请致电学校 %1：学校会将其作废，并为您重新发放。</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>如何关联您的账户</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>用电脑或手机访问 %1。</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>用您自己的电子邮件地址创建家长账户；如果已有账户，请直接登录。</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>选择“Add student”（添加学生）。按本信中印刷的内容，准确输入学生编号和密钥。</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>为每名学生重复以上步骤。每个密钥只适用于旁边所列的学生，且只能使用一次。</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>请妥善保管这封信。学校工作人员绝不会通过电话、电子邮件或短信向您索要密钥。</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>如有疑问，请致电学校：%1。</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>私人机密：只能由信上写明姓名的人拆阅。</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>学校已确认，根据学校记录，您是以下学生的家长或监护人。使用本信中的密钥，您可以将他们关联到您的家长门户账户，在线查看他们的出勤、成绩和学校新闻。</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>您的密钥：不要告诉任何人</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>最迟使用日期</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>每个密钥最迟须在旁边所印的日期使用。过了这个日期，请向学校申请新的密钥。</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>安全二维码：学校可以扫描它，核实这封信是真的。其中不含您的密钥。</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>家长门户访问申请</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>保护好您的访问权限</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>切勿将您的密码或访问密钥告诉任何人。</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>不要把密码写在别人能看到的地方。</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>使用完毕后请退出登录并关闭浏览器，在公用电脑上尤其如此。</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>选择别人猜不到的密码：不要用孩子的名字、宠物的名字或生日。</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>学生编号</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>学生名字</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>中间名首字母</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>学生姓氏</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>家长或监护人姓名</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>与学生的关系</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>家庭电话</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>首选语言</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>请携带本表和您带照片的身份证件到学校办公室。工作人员核实您的身份后，会当面将访问密钥交给您。</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>家长门户让家长和监护人可以在线查看孩子的出勤、成绩、成绩单、课程和联系信息。为保护学生，学校只在核验带照片的身份证件后，才向学校记录中的家长或监护人提供访问权限。</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>请用正楷清楚填写（英文请用大写字母）</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>样本：无效</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>仅供学校办公室填写</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>法定监护人</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>照护人</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>其他关系</translation>
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
        <translation>核对下方信息，填写缺少的内容，并在表上签名。</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>复印您带照片的身份证件正反面：驾照、州身份证、护照、领事证件或其他政府颁发的带照片证件。</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>学校核对无误后，会将您的密钥邮寄到下方地址。密钥绝不会通过电话、电子邮件或短信提供。</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>家长或监护人姓名</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>密钥只会寄到此地址。如果地址已变更，请先让学校更新。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>您与学生的关系</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>我已附上我带照片的身份证件复印件（正反面）。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
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
        <translation>将本表和复印件邮寄到学校办公室。</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>将本表和复印件邮寄到学校办公室，或将清晰的扫描件或照片通过电子邮件发送到 %1。</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>参考编号：%1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>申请邮寄家长门户密钥</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>为保护学生，学校只在核验带照片的身份证件后，当面将家长门户密钥交给学校记录中的家长或监护人。如果您无法到校，可以用本表申请学校将密钥邮寄到学校记录中您的地址。</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>学校记录中的邮寄地址</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>我是上述学生的家长或法定监护人。我请求学校将我的家长门户访问密钥邮寄到学校记录中我的地址。我不会把密钥告诉任何人。</translation>
    </message>
</context>
</TS>
