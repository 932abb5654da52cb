<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Set up GuardianDesk</source>
        <translation>Configurar GuardianDesk</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Cree el primer administrador</translation>
    </message>
    <message>
        <source>No staff account exists on this computer yet. The administrator creates the other staff accounts and manages the district settings. There is no default password: choose one now and keep it private.</source>
        <translation>Todavía no existe ninguna cuenta del personal en esta computadora. El administrador crea las demás cuentas del personal y administra la configuración del distrito. No hay contraseña predeterminada: elija una ahora y manténgala en privado.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nombre c&amp;ompleto:</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit GuardianDesk</source>
        <translation>Salir de GuardianDesk</translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation>Crear &amp;administrador</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Crear administrador</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>GuardianDesk is locked</source>
        <translation>GuardianDesk está bloqueado</translation>
    </message>
    <message>
        <source>No student information is shown while the kiosk is locked. Any staff member may sign in to continue; the work that follows is recorded under their name.</source>
        <translation>Mientras el quiosco está bloqueado no se muestra ninguna información de estudiantes. Cualquier miembro del personal puede iniciar sesión para continuar; el trabajo que siga quedará registrado a su nombre.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — GuardianDesk</source>
        <translation>Iniciar sesión — GuardianDesk</translation>
    </message>
    <message>
        <source>Sign in to GuardianDesk</source>
        <translation>Inicie sesión en GuardianDesk</translation>
    </message>
    <message>
        <source>Use your own staff account. Every action is recorded under the name of the person signed in.</source>
        <translation>Use su propia cuenta del personal. Cada acción queda registrada a nombre de la persona que inició sesión.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit GuardianDesk</source>
        <translation>Salir de GuardianDesk</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GuardianDesk</source>
        <translation>GuardianDesk</translation>
    </message>
    <message>
        <source>&amp;Find a student:</source>
        <translation>&amp;Buscar un estudiante:</translation>
    </message>
    <message>
        <source>Find a student</source>
        <translation>Buscar un estudiante</translation>
    </message>
    <message>
        <source>Type a name, a student ID or a date of birth. Results appear as you type; press Enter to open the first one, or Down to choose.</source>
        <translation>Escriba un nombre, un número de estudiante o una fecha de nacimiento. Los resultados aparecen mientras escribe; pulse Intro para abrir el primero o Flecha abajo para elegir.</translation>
    </message>
    <message>
        <source>Name, student ID or date of birth</source>
        <translation>Nombre, número de estudiante o fecha de nacimiento</translation>
    </message>
    <message>
        <source>Students found</source>
        <translation>Estudiantes encontrados</translation>
    </message>
    <message>
        <source>Press Enter to open the selected student&apos;s card; Escape returns to the search field.</source>
        <translation>Pulse Intro para abrir la ficha del estudiante seleccionado; Esc vuelve al campo de búsqueda.</translation>
    </message>
    <message>
        <source>Student card</source>
        <translation>Ficha del estudiante</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Bl&amp;oquear</translation>
    </message>
    <message>
        <source>Lock the kiosk now and hide all student information (Ctrl+L)</source>
        <translation>Bloquear el quiosco ahora y ocultar toda la información de estudiantes (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>StudentCardWidget</name>
    <message>
        <source>Find a student on the left, then press Enter or click the student to see the card.</source>
        <translation>Busque un estudiante a la izquierda y luego pulse Intro o haga clic en el estudiante para ver su ficha.</translation>
    </message>
    <message>
        <source>Student ID:</source>
        <translation>Número de estudiante:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>Escuela:</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Grado:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Adults on record</source>
        <translation>Adultos registrados</translation>
    </message>
    <message>
        <source>One row per adult, with relationship, custody, educational rights, portal eligibility and no-contact order.</source>
        <translation>Una fila por adulto, con parentesco, custodia, derechos educativos, aptitud para el portal y orden de no contacto.</translation>
    </message>
    <message>
        <source>No adult is on record for this student. Nothing can be issued until the school updates the student information system.</source>
        <translation>No hay ningún adulto registrado para este estudiante. No se puede emitir nada hasta que la escuela actualice el sistema de información estudiantil.</translation>
    </message>
</context>
<context>
    <name>gd::AdultsModel</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1, %2. Custodial: %3. Educational rights: %4. Portal eligible: %5.</source>
        <translation>%1, %2. Custodia: %3. Derechos educativos: %4. Apto para el portal: %5.</translation>
    </message>
    <message>
        <source>No-contact order on record.</source>
        <translation>Tiene una orden de no contacto registrada.</translation>
    </message>
    <message>
        <source>A no-contact order is on record for this adult. Do not give this adult any information about the student, and do not issue a key.</source>
        <translation>Este adulto tiene registrada una orden de no contacto. No le dé ninguna información sobre el estudiante ni le emita una clave.</translation>
    </message>
    <message>
        <source>The adult has custody of the student.</source>
        <translation>El adulto tiene la custodia del estudiante.</translation>
    </message>
    <message>
        <source>The adult holds the student&apos;s educational rights.</source>
        <translation>El adulto tiene los derechos educativos del estudiante.</translation>
    </message>
    <message>
        <source>The district allows this relationship to have a parent portal account.</source>
        <translation>El distrito permite que este parentesco tenga una cuenta en el portal para padres.</translation>
    </message>
    <message>
        <source>A court or district no-contact order is on record for this adult.</source>
        <translation>Hay una orden de no contacto, judicial o del distrito, registrada para este adulto.</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Custodial</source>
        <translation>Custodia</translation>
    </message>
    <message>
        <source>YES</source>
        <extracomment>In the &quot;No-contact order&quot; column: an order exists. Short, in capitals where the language has them.</extracomment>
        <translation>SÍ</translation>
    </message>
    <message>
        <source>Educational
rights</source>
        <translation>Derechos
educativos</translation>
    </message>
    <message>
        <source>Portal
eligible</source>
        <translation>Apto para
el portal</translation>
    </message>
    <message>
        <source>No-contact
order</source>
        <translation>Orden de
no contacto</translation>
    </message>
</context>
<context>
    <name>gd::DisplayText</name>
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
        <translation>Cuidador(a)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Transitional kindergarten</source>
        <translation>Kínder de transición</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Kínder</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Not on record</source>
        <translation>No consta en el registro</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A person&apos;s name in lists, family name first: %1 = family name, %2 = given name.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A person&apos;s full name: %1 = given name, %2 = family name.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>gd::FirstRunDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a user name.</source>
        <translation>Elija un nombre de usuario.</translation>
    </message>
    <message>
        <source>Choose a password.</source>
        <translation>Elija una contraseña.</translation>
    </message>
    <message>
        <source>Type the same password again in &quot;Repeat password&quot;.</source>
        <translation>Escriba la misma contraseña otra vez en «Repita la contraseña».</translation>
    </message>
    <message>
        <source>Ready to create the administrator.</source>
        <translation>Todo listo para crear la cuenta de administrador.</translation>
    </message>
</context>
<context>
    <name>gd::KioskApp</name>
    <message>
        <source>GuardianDesk cannot start</source>
        <translation>GuardianDesk no puede iniciarse</translation>
    </message>
    <message>
        <source>The folder for the GuardianDesk database cannot be created:
%1

Ask your district&apos;s technology support for help.</source>
        <translation>No se puede crear la carpeta de la base de datos de GuardianDesk:
%1

Pida ayuda al soporte técnico de su distrito.</translation>
    </message>
    <message>
        <source>GuardianDesk cannot use the database
%1

%2

Nothing was changed. Ask your district&apos;s technology support for help.</source>
        <translation>GuardianDesk no puede usar la base de datos
%1

%2

No se cambió nada. Pida ayuda al soporte técnico de su distrito.</translation>
    </message>
</context>
<context>
    <name>gd::LoginForm</name>
    <message>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
</context>
<context>
    <name>gd::MainWindow</name>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Lock the kiosk</source>
        <translation>Bloquear el quiosco</translation>
    </message>
    <message>
        <source>Signed-in staff member</source>
        <translation>Miembro del personal con sesión iniciada</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Sesión iniciada: %1</translation>
    </message>
    <message>
        <source>Type a name, a student ID or a date of birth.</source>
        <translation>Escriba un nombre, un número de estudiante o una fecha de nacimiento.</translation>
    </message>
    <message>
        <source>No student matches this search. Check the spelling, or try the student ID or date of birth.</source>
        <translation>Ningún estudiante coincide con esta búsqueda. Revise la ortografía o pruebe con el número de estudiante o la fecha de nacimiento.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n students: type more to narrow the search.</source>
        <translation>
            <numerusform>Se muestra solo %n estudiante: escriba más para precisar la búsqueda.</numerusform>
            <numerusform>Se muestran los primeros %n estudiantes: escriba más para precisar la búsqueda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) found. Press Enter to open the first, or Down to choose.</source>
        <translation>
            <numerusform>Se encontró %n estudiante. Pulse Intro para abrir su ficha o Flecha abajo para elegir.</numerusform>
            <numerusform>Se encontraron %n estudiantes. Pulse Intro para abrir el primero o Flecha abajo para elegir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::StudentCardWidget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inactive student: this student is no longer enrolled. No portal key can be issued.</source>
        <translation>Estudiante inactivo: este estudiante ya no está inscrito. No se puede emitir ninguna clave del portal.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ NO-CONTACT ORDER for %1. Do not share any information about this student with the adult(s) named, and do not verify them for portal access.</source>
        <extracomment>%1 is one adult&apos;s name or a list of names (&quot;Ana Ruiz and Luis Ruiz&quot;).</extracomment>
        <translation>
            <numerusform>⚠ ORDEN DE NO CONTACTO para %1. No comparta ninguna información sobre este estudiante con este adulto ni lo verifique para el acceso al portal.</numerusform>
            <numerusform>⚠ ORDEN DE NO CONTACTO para %1. No comparta ninguna información sobre este estudiante con estos adultos ni los verifique para el acceso al portal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::StudentSearchModel</name>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>N.º de estudiante</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Through adult: %1</source>
        <translation>Por el adulto: %1</translation>
    </message>
</context>
<context>
    <name>gd::SyncIndicator</name>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Sync: never configured</source>
        <translation>Sincronización: nunca configurada</translation>
    </message>
    <message>
        <source>Sync: connected, not yet synced</source>
        <translation>Sincronización: conectado, aún sin sincronizar</translation>
    </message>
    <message>
        <source>Sync: offline</source>
        <translation>Sincronización: sin conexión</translation>
    </message>
    <message>
        <source>Sync: offline — %1</source>
        <translation>Sincronización: sin conexión — %1</translation>
    </message>
    <message>
        <source>Sync: last success %1</source>
        <translation>Sincronización: última correcta %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) waiting to be sent to the district.</source>
        <translation>
            <numerusform>%n evento pendiente de enviar al distrito.</numerusform>
            <numerusform>%n eventos pendientes de enviar al distrito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the district; an administrator should look at them.</source>
        <translation>
            <numerusform>%n evento rechazado por el distrito; un administrador debe revisarlo.</numerusform>
            <numerusform>%n eventos rechazados por el distrito; un administrador debe revisarlos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the district server&apos;s by %n minute(s); ask for it to be set right.</source>
        <translation>
            <numerusform>El reloj de esta computadora difiere del servidor del distrito en %n minuto; pida que lo ajusten.</numerusform>
            <numerusform>El reloj de esta computadora difiere del servidor del distrito en %n minutos; pida que lo ajusten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GuardianDesk: guardian verification kiosk for the school front office.</source>
        <translation>GuardianDesk: quiosco de verificación de padres y tutores para la oficina de la escuela.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; (default: %1).</source>
        <translation>Usar la base de datos en &lt;ruta&gt; (predeterminada: %1).</translation>
    </message>
</context>
</TS>
