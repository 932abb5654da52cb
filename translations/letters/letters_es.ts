<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessKeyLetter</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Contraseña de acceso</translation>
    </message>
    <message>
        <source>Access ID</source>
        <translation>ID de acceso</translation>
    </message>
    <message>
        <source>Account creation code</source>
        <translation>Código para crear la cuenta</translation>
    </message>
    <message>
        <source>Handed over in person at the school.</source>
        <translation>Entregada en persona en la escuela.</translation>
    </message>
    <message>
        <source>Your parent portal access key</source>
        <translation>Su clave de acceso al portal para padres</translation>
    </message>
    <message>
        <source>Personal and confidential</source>
        <translation>Personal y confidencial</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Emitida el %1</translation>
    </message>
    <message>
        <source>Letter number: %1</source>
        <translation>Número de carta: %1</translation>
    </message>
    <message>
        <source>This sheet repeats the letter in your language. Your keys are only on the first sheet.</source>
        <translation>Esta hoja repite la carta en su idioma. Sus claves están solo en la primera hoja.</translation>
    </message>
    <message>
        <source>To open, tear off the strips along both sides.</source>
        <translation>Para abrir, arranque las tiras de ambos lados.</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Estimado/a %1:</translation>
    </message>
    <message>
        <source>Your keys are printed on the first sheet of this letter, in English, in the box “%1”.</source>
        <translation>Sus claves están impresas en la primera hoja de esta carta, en inglés, en el recuadro “%1”.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Student ID: %1</source>
        <translation>Número de estudiante: %1</translation>
    </message>
    <message>
        <source>If this letter reached you already opened or damaged, do not use the keys. Call the school at %1: it will cancel them and give you new ones.</source>
        <translation>Si esta carta le llegó abierta o dañada, no use las claves. Llame a la escuela al %1: la escuela las cancelará y le dará claves nuevas.</translation>
    </message>
    <message>
        <source>How to connect your account</source>
        <translation>Cómo conectar su cuenta</translation>
    </message>
    <message>
        <source>Go to %1 on a computer or phone.</source>
        <translation>Vaya a %1 en una computadora o un teléfono.</translation>
    </message>
    <message>
        <source>Create a parent account with your own e-mail address, or sign in if you already have one.</source>
        <translation>Cree una cuenta de padre con su propio correo electrónico, o inicie sesión si ya tiene una.</translation>
    </message>
    <message>
        <source>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</source>
        <translation>Elija “Add student” (Agregar estudiante). Escriba el número de estudiante y la clave exactamente como aparecen en esta carta.</translation>
    </message>
    <message>
        <source>Repeat for each student. Each key works only for the student named next to it, and only once.</source>
        <translation>Repita para cada estudiante. Cada clave sirve solo para el estudiante nombrado a su lado, y solo una vez.</translation>
    </message>
    <message>
        <source>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</source>
        <translation>Guarde esta carta en un lugar seguro. El personal de la escuela nunca le pedirá su clave por teléfono, correo electrónico ni mensaje de texto.</translation>
    </message>
    <message>
        <source>Questions? Call the school at %1.</source>
        <translation>¿Preguntas? Llame a la escuela al %1.</translation>
    </message>
    <message>
        <source>Personal and confidential: to be opened only by the person named on this letter.</source>
        <translation>Personal y confidencial: solo debe abrirla la persona cuyo nombre aparece en esta carta.</translation>
    </message>
    <message>
        <source>The school has confirmed that school records list you as a parent or guardian of the students named below. With the keys in this letter you can link them to your parent portal account and follow their attendance, grades and school news online.</source>
        <translation>La escuela ha confirmado que, según los registros escolares, usted es padre, madre o tutor de los estudiantes nombrados abajo. Con las claves de esta carta puede vincularlos a su cuenta del portal para padres y seguir en línea su asistencia, sus calificaciones y las noticias de la escuela.</translation>
    </message>
    <message>
        <source>Your keys: do not share them with anyone</source>
        <translation>Sus claves: no las comparta con nadie</translation>
    </message>
    <message>
        <source>Use no later than</source>
        <translation>Usar a más tardar el</translation>
    </message>
    <message>
        <source>Use each key no later than the date printed next to it. After that date, ask the school for a new key.</source>
        <translation>Use cada clave a más tardar en la fecha indicada a su lado. Después de esa fecha, pida una clave nueva a la escuela.</translation>
    </message>
    <message>
        <source>Security seal: the school can scan it to check that this letter is real. It does not contain your key.</source>
        <translation>Sello de seguridad: la escuela puede escanearlo para comprobar que esta carta es real. No contiene su clave.</translation>
    </message>
</context>
<context>
    <name>AccessRequestForm</name>
    <message>
        <source>Parent Portal Access Request</source>
        <translation>Solicitud de acceso al portal para padres</translation>
    </message>
    <message>
        <source>Keep your access private</source>
        <translation>Mantenga su acceso en privado</translation>
    </message>
    <message>
        <source>Never give your password or access key to anyone.</source>
        <translation>Nunca dé su contraseña ni su clave de acceso a nadie.</translation>
    </message>
    <message>
        <source>Do not write your password where others can see it.</source>
        <translation>No escriba su contraseña donde otros puedan verla.</translation>
    </message>
    <message>
        <source>Sign out and close the browser when you are done, above all on a shared computer.</source>
        <translation>Cierre la sesión y el navegador cuando termine, sobre todo en una computadora compartida.</translation>
    </message>
    <message>
        <source>Choose a password others cannot guess: not your child’s name, a pet’s name or a birthday.</source>
        <translation>Elija una contraseña que otros no puedan adivinar: no use el nombre de su hijo o hija, el de una mascota ni una fecha de cumpleaños.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Número de estudiante</translation>
    </message>
    <message>
        <source>Student’s first name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <source>Middle initial</source>
        <translation>Inicial del segundo nombre</translation>
    </message>
    <message>
        <source>Student’s last name</source>
        <translation>Apellido(s) del estudiante</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Nombre del padre, madre o tutor</translation>
    </message>
    <message>
        <source>Relationship to the student</source>
        <translation>Relación con el estudiante</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Teléfono de casa</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono celular</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Bring this form and your photo ID to the school office. Staff will check your identity and give you your access key in person.</source>
        <translation>Traiga este formulario y su identificación con foto a la oficina de la escuela. El personal verificará su identidad y le entregará su clave de acceso en persona.</translation>
    </message>
    <message>
        <source>The parent portal lets parents and guardians see their child’s attendance, grades, report cards, classes and contact details online. To protect students, the school gives access only to a parent or guardian in school records, after checking a photo ID.</source>
        <translation>El portal para padres permite a los padres y tutores ver en línea la asistencia, las calificaciones, las boletas de calificaciones, las clases y los datos de contacto de su hijo o hija. Para proteger a los estudiantes, la escuela da acceso solo a un padre, madre o tutor que figure en los registros escolares, después de verificar una identificación con foto.</translation>
    </message>
    <message>
        <source>Please write clearly in capital letters</source>
        <translation>Escriba con claridad, en letras mayúsculas</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Specimen: not valid</source>
        <translation>Muestra: no es válida</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry. MMMM is the month&apos;s name in your language, d the day, yyyy the year.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>For school office use only</source>
        <translation>Solo para uso de la oficina escolar</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Legal guardian</source>
        <translation>Tutor legal</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador o cuidadora</translation>
    </message>
    <message>
        <source>Other relationship</source>
        <translation>Otra relación</translation>
    </message>
</context>
<context>
    <name>WaiverForm</name>
    <message>
        <source>How to use this form</source>
        <translation>Cómo usar este formulario</translation>
    </message>
    <message>
        <source>Check the details below, fill in what is missing, and sign the form.</source>
        <translation>Revise los datos de abajo, complete lo que falte y firme el formulario.</translation>
    </message>
    <message>
        <source>Make a copy of your photo ID, front and back: a driver’s license, state ID, passport, consular ID or other government photo ID.</source>
        <translation>Haga una copia de su identificación con foto, por ambos lados: licencia de conducir, identificación estatal, pasaporte, matrícula consular u otra identificación oficial con foto.</translation>
    </message>
    <message>
        <source>When the school has checked them, it will mail your key to the address below. Keys are never given by phone, e-mail or text message.</source>
        <translation>Cuando la escuela los haya revisado, le enviará su clave por correo a la dirección de abajo. Las claves nunca se dan por teléfono, correo electrónico ni mensaje de texto.</translation>
    </message>
    <message>
        <source>Parent or guardian name</source>
        <translation>Nombre del padre, madre o tutor</translation>
    </message>
    <message>
        <source>The key is mailed only to this address. If it has changed, ask the school to update it first.</source>
        <translation>La clave se envía solo a esta dirección. Si cambió, pida primero a la escuela que la actualice.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Your relationship to the students</source>
        <translation>Su relación con los estudiantes</translation>
    </message>
    <message>
        <source>I have enclosed a copy of my photo ID (front and back).</source>
        <translation>Adjunto una copia de mi identificación con foto (por ambos lados).</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Return to: %1</source>
        <translation>Devuelva a: %1</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail.</source>
        <translation>Devuelva el formulario y la copia a la oficina de la escuela por correo.</translation>
    </message>
    <message>
        <source>Return the form and the copy to the school office by mail, or by e-mail to %1 as a clear scan or photo.</source>
        <translation>Devuelva el formulario y la copia a la oficina de la escuela por correo, o por correo electrónico a %1 como un escaneo o una foto claros.</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>Número de referencia: %1</translation>
    </message>
    <message>
        <source>Request to Mail Your Parent Portal Key</source>
        <translation>Solicitud para recibir por correo su clave del portal para padres</translation>
    </message>
    <message>
        <source>To protect students, the school gives parent portal keys only to a parent or guardian in school records, in person, after checking a photo ID. If you cannot come to the school, use this form to ask the school to mail your key to your address in school records.</source>
        <translation>Para proteger a los estudiantes, la escuela entrega las claves del portal para padres solo a un padre, madre o tutor que figure en los registros escolares, en persona, después de verificar una identificación con foto. Si no puede venir a la escuela, use este formulario para pedir que la escuela le envíe su clave por correo a su dirección en los registros escolares.</translation>
    </message>
    <message>
        <source>Mailing address in school records</source>
        <translation>Dirección postal en los registros escolares</translation>
    </message>
    <message>
        <source>I am a parent or legal guardian of the students named above. I ask the school to mail my parent portal access key to my address in school records. I will not share the key with anyone.</source>
        <translation>Soy padre, madre o tutor legal de los estudiantes nombrados arriba. Pido a la escuela que me envíe por correo mi clave de acceso al portal para padres a mi dirección en los registros escolares. No compartiré la clave con nadie.</translation>
    </message>
</context>
</TS>
