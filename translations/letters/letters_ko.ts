<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>접속 비밀번호</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>접속 ID</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>계정 생성 코드</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>학교에서 직접 전달함.</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>학부모 포털 접속 키</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>개인 기밀</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>발급일: %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>서신 번호: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>이 장은 서신 내용을 귀하의 언어로 다시 적은 것입니다. 귀하의 키는 첫 장에만 있습니다.</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>개봉하려면 양쪽 가장자리를 뜯어내십시오.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>%1 님께,</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>귀하의 키는 이 서신의 첫 장에 영어로, “%1” 상자 안에 인쇄되어 있습니다.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>학생 ID: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>이 서신이 이미 개봉되었거나 손상된 상태로 도착했다면 키를 사용하지 마십시오. 학교에 %1 번으로 전화하시면 학교가 키를 취소하고 새 키를 드립니다.</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>계정 연결 방법</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>컴퓨터나 휴대폰으로 %1에 접속하십시오.</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>본인의 이메일 주소로 학부모 계정을 만들거나, 이미 계정이 있으면 로그인하십시오.</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>“Add student”(학생 추가)를 선택하십시오. 학생 ID와 키를 이 서신에 인쇄된 그대로 정확히 입력하십시오.</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>학생마다 반복하십시오. 각 키는 옆에 적힌 학생에게만, 한 번만 사용할 수 있습니다.</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>이 서신을 안전한 곳에 보관하십시오. 학교 직원은 절대로 전화, 이메일, 문자 메시지로 키를 묻지 않습니다.</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>문의 사항이 있으면 학교에 %1 번으로 전화하십시오.</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>개인 기밀: 이 서신에 이름이 적힌 분만 개봉하십시오.</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>학교는 학교 기록에 따라 귀하가 아래 학생들의 부모 또는 보호자임을 확인했습니다. 이 서신의 키로 학생들을 귀하의 학부모 포털 계정에 연결하고 출결, 성적, 학교 소식을 온라인으로 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>귀하의 키: 누구와도 공유하지 마십시오</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>늦어도 이 날짜까지 사용</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>각 키는 늦어도 옆에 인쇄된 날짜까지 사용하십시오. 그 이후에는 학교에 새 키를 요청하십시오.</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>보안 QR 코드: 학교는 이것을 스캔하여 이 서신이 진짜인지 확인할 수 있습니다. 귀하의 키는 들어 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>학부모 포털 접속 신청서</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>접속 정보를 안전하게 지키십시오</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>비밀번호나 접속 키를 절대 다른 사람에게 알려 주지 마십시오.</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>다른 사람이 볼 수 있는 곳에 비밀번호를 적어 두지 마십시오.</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>사용이 끝나면 로그아웃하고 브라우저를 닫으십시오. 공용 컴퓨터에서는 특히 그렇게 하십시오.</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>다른 사람이 추측할 수 없는 비밀번호를 고르십시오. 자녀 이름, 반려동물 이름, 생일은 피하십시오.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>학생 ID</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>학생 이름</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>중간 이름 첫 글자</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>학생 성</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>부모 또는 보호자 성명</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>학생과의 관계</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>집 주소</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>집 전화</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>휴대폰</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>선호 언어</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>이 신청서와 사진이 있는 신분증을 가지고 학교 사무실로 오십시오. 직원이 신원을 확인한 후 접속 키를 직접 드립니다.</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>학부모 포털에서 부모와 보호자는 자녀의 출결, 성적, 성적표, 수업, 연락처 정보를 온라인으로 볼 수 있습니다. 학생을 보호하기 위해 학교는 사진이 있는 신분증을 확인한 후 학교 기록에 있는 부모 또는 보호자에게만 접속 권한을 드립니다.</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>또박또박 적어 주십시오(영문은 대문자로)</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>견본: 유효하지 않음</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>전화: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>학교 사무실 전용</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>어머니</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>아버지</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>법정 후견인</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>양육자</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>기타 관계</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>이 양식 사용 방법</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>아래 정보를 확인하고, 빠진 내용을 채운 후 서명하십시오.</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>사진이 있는 신분증의 앞면과 뒷면을 복사하십시오: 운전면허증, 주 신분증, 여권, 영사관 신분증 또는 정부가 발급한 기타 사진 신분증.</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>학교가 확인을 마치면 아래 주소로 키를 우편 발송합니다. 키는 절대로 전화, 이메일, 문자 메시지로 제공되지 않습니다.</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>부모 또는 보호자 성명</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>키는 이 주소로만 발송됩니다. 주소가 바뀌었다면 먼저 학교에 변경을 요청하십시오.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>학생과의 관계</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>사진이 있는 신분증 사본(앞면과 뒷면)을 동봉합니다.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>보낼 곳: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>이 양식과 사본을 우편으로 학교 사무실에 보내십시오.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>이 양식과 사본을 우편으로 학교 사무실에 보내거나, 선명하게 스캔하거나 촬영하여 %1(으)로 이메일을 보내십시오.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>참조 번호: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>학부모 포털 키 우편 발송 요청서</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>학생을 보호하기 위해 학교는 사진이 있는 신분증을 확인한 후, 학교 기록에 있는 부모 또는 보호자에게만 학부모 포털 키를 직접 전달합니다. 학교에 오실 수 없다면 이 양식으로 학교 기록에 있는 귀하의 주소로 키를 우편 발송해 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>학교 기록에 있는 우편 주소</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>본인은 위에 적힌 학생들의 부모 또는 법적 보호자입니다. 본인의 학부모 포털 접속 키를 학교 기록에 있는 본인의 주소로 우편 발송해 줄 것을 학교에 요청합니다. 키는 누구와도 공유하지 않겠습니다.</translation>
    </message>
</context>
</TS>
