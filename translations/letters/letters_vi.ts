<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Mật khẩu truy cập</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>ID truy cập</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>Mã tạo tài khoản</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>Đã trao tận tay tại trường.</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>Mã truy cập cổng thông tin phụ huynh của quý vị</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>Riêng tư và bảo mật</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Phát hành %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>Số thư: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>Tờ này nhắc lại nội dung thư bằng ngôn ngữ của quý vị. Các mã của quý vị chỉ có trên tờ thứ nhất.</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>Để mở, hãy xé bỏ các dải giấy ở hai bên.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Kính gửi %1,</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>Các mã của quý vị được in trên tờ thứ nhất của thư này, bằng tiếng Anh, trong ô “%1”.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>Mã số học sinh: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>Nếu thư này đến tay quý vị khi đã bị mở hoặc hư hỏng, đừng dùng các mã. Hãy gọi cho trường theo số %1: trường sẽ hủy các mã đó và cấp mã mới cho quý vị.</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>Cách kết nối tài khoản của quý vị</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>Truy cập %1 trên máy tính hoặc điện thoại.</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>Tạo tài khoản phụ huynh bằng địa chỉ email của chính quý vị, hoặc đăng nhập nếu quý vị đã có tài khoản.</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>Chọn “Add student” (Thêm học sinh). Nhập mã số học sinh và mã truy cập đúng như được in trong thư này.</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>Làm lại cho từng học sinh. Mỗi mã chỉ dùng được cho học sinh có tên bên cạnh, và chỉ một lần.</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>Hãy cất thư này ở nơi an toàn. Nhân viên nhà trường sẽ không bao giờ hỏi mã của quý vị qua điện thoại, email hay tin nhắn.</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>Có thắc mắc? Hãy gọi cho trường theo số %1.</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>Riêng tư và bảo mật: chỉ người có tên trên thư này mới được mở.</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>Nhà trường đã xác nhận rằng theo hồ sơ của trường, quý vị là phụ huynh hoặc người giám hộ của các học sinh có tên dưới đây. Với các mã trong thư này, quý vị có thể liên kết các em với tài khoản cổng thông tin phụ huynh của mình và theo dõi trực tuyến việc đi học, điểm số và tin tức của trường.</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>Các mã của quý vị: không chia sẻ với bất kỳ ai</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>Hạn dùng chậm nhất</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>Hãy dùng mỗi mã chậm nhất vào ngày in bên cạnh. Sau ngày đó, hãy xin trường cấp mã mới.</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>Dấu bảo mật: nhà trường có thể quét dấu này để kiểm tra thư là thật. Dấu này không chứa mã của quý vị.</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>Đơn xin truy cập cổng thông tin phụ huynh</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>Giữ bí mật quyền truy cập của quý vị</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>Không bao giờ đưa mật khẩu hay mã truy cập của quý vị cho bất kỳ ai.</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>Không viết mật khẩu ở nơi người khác có thể nhìn thấy.</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>Đăng xuất và đóng trình duyệt khi dùng xong, nhất là trên máy tính dùng chung.</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>Chọn mật khẩu người khác không thể đoán được: không dùng tên con, tên thú cưng hay ngày sinh.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Mã số học sinh</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>Tên của học sinh</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>Chữ cái đầu của tên đệm</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>Họ của học sinh</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Tên phụ huynh hoặc người giám hộ</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Quan hệ với học sinh</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Địa chỉ nhà</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Điện thoại nhà</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Điện thoại di động</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Ngôn ngữ ưa dùng</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>Hãy mang đơn này và giấy tờ tùy thân có ảnh đến văn phòng trường. Nhân viên sẽ kiểm tra danh tính và trao tận tay mã truy cập cho quý vị.</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>Cổng thông tin phụ huynh cho phép phụ huynh và người giám hộ xem trực tuyến việc đi học, điểm số, học bạ, lớp học và thông tin liên lạc của con em mình. Để bảo vệ học sinh, nhà trường chỉ cấp quyền truy cập cho phụ huynh hoặc người giám hộ có tên trong hồ sơ của trường, sau khi kiểm tra giấy tờ tùy thân có ảnh.</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>Vui lòng viết rõ ràng bằng chữ in hoa</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>Mẫu: không có giá trị</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>&apos;ngày&apos; d &apos;tháng&apos; M &apos;năm&apos; yyyy</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Điện thoại: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>Chỉ dành cho văn phòng trường</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>Mẹ</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Cha</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Người giám hộ hợp pháp</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Người chăm sóc</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Quan hệ khác</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>Cách sử dụng đơn này</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>Kiểm tra các thông tin dưới đây, điền phần còn thiếu và ký tên vào đơn.</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>Sao chụp giấy tờ tùy thân có ảnh của quý vị, cả mặt trước và mặt sau: bằng lái xe, thẻ căn cước của tiểu bang, hộ chiếu, thẻ lãnh sự hoặc giấy tờ có ảnh khác do chính phủ cấp.</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>Sau khi kiểm tra, nhà trường sẽ gửi mã của quý vị qua bưu điện đến địa chỉ dưới đây. Mã không bao giờ được cấp qua điện thoại, email hay tin nhắn.</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Tên phụ huynh hoặc người giám hộ</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>Mã chỉ được gửi đến địa chỉ này. Nếu địa chỉ đã thay đổi, hãy đề nghị trường cập nhật trước.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Học sinh</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>Quan hệ của quý vị với học sinh</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>Tôi có gửi kèm bản sao giấy tờ tùy thân có ảnh (mặt trước và mặt sau).</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>Gửi lại cho: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>Gửi lại đơn và bản sao cho văn phòng trường qua bưu điện.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>Gửi lại đơn và bản sao cho văn phòng trường qua bưu điện, hoặc qua email đến %1 dưới dạng bản quét hay ảnh chụp rõ nét.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Số tham chiếu: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>Đơn xin gửi mã cổng thông tin phụ huynh qua bưu điện</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>Để bảo vệ học sinh, nhà trường chỉ trao mã cổng thông tin phụ huynh tận tay cho phụ huynh hoặc người giám hộ có tên trong hồ sơ của trường, sau khi kiểm tra giấy tờ tùy thân có ảnh. Nếu quý vị không thể đến trường, hãy dùng đơn này để đề nghị nhà trường gửi mã qua bưu điện đến địa chỉ của quý vị trong hồ sơ của trường.</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>Địa chỉ gửi thư trong hồ sơ của trường</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>Tôi là phụ huynh hoặc người giám hộ hợp pháp của các học sinh có tên ở trên. Tôi đề nghị nhà trường gửi mã truy cập cổng thông tin phụ huynh của tôi qua bưu điện đến địa chỉ của tôi trong hồ sơ của trường. Tôi sẽ không chia sẻ mã này với bất kỳ ai.</translation>
    </message>
</context>
</TS>
