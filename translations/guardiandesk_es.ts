<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttestationPage</name>
    <message>
        <source>Attestation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Confirm that the photo on the ID shows the adult.</source>
        <translation>Confirme que la foto de la identificación es la del adulto.</translation>
    </message>
    <message>
        <source>About to be recorded:</source>
        <translation>Se va a registrar:</translation>
    </message>
    <message>
        <source>The photo &amp;matches the person</source>
        <translation>La foto co&amp;incide con la persona</translation>
    </message>
    <message>
        <source>The photo matches the person</source>
        <translation>La foto coincide con la persona</translation>
    </message>
    <message>
        <source>The photo &amp;does not match</source>
        <translation>La foto &amp;no coincide</translation>
    </message>
    <message>
        <source>The photo does not match</source>
        <translation>La foto no coincide</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>The ID&apos;s expiry date and the name on it, against the record.</source>
        <translation>La fecha de vencimiento de la identificación y el nombre que figura en ella, comparados con el registro.</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>A &amp;supervisor accepts this expired ID</source>
        <translation>Un su&amp;pervisor acepta esta identificación vencida</translation>
    </message>
    <message>
        <source>A supervisor accepts this expired ID</source>
        <translation>Un supervisor acepta esta identificación vencida</translation>
    </message>
    <message>
        <source>The district allows a supervisor to accept an expired ID with a written reason.</source>
        <translation>El distrito permite que un supervisor acepte una identificación vencida con un motivo por escrito.</translation>
    </message>
    <message>
        <source>&amp;Written reason:</source>
        <translation>&amp;Motivo por escrito:</translation>
    </message>
    <message>
        <source>Supervisor&apos;s written reason</source>
        <translation>Motivo por escrito del supervisor</translation>
    </message>
    <message>
        <source>Why the supervisor accepts the expired ID. No ID numbers.</source>
        <translation>Por qué el supervisor acepta la identificación vencida. Sin números de identificación.</translation>
    </message>
    <message>
        <source>Refuse: the ID has &amp;expired</source>
        <translation>Rechazar: la identificación está v&amp;encida</translation>
    </message>
    <message>
        <source>Refuse: the ID has expired</source>
        <translation>Rechazar: la identificación está vencida</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>On the ID:</source>
        <translation>En la identificación:</translation>
    </message>
    <message>
        <source>On record:</source>
        <translation>En el registro:</translation>
    </message>
    <message>
        <source>Difference:</source>
        <translation>Diferencia:</translation>
    </message>
    <message>
        <source>&amp;Accept the difference with a written reason</source>
        <translation>Aceptar la &amp;diferencia con un motivo por escrito</translation>
    </message>
    <message>
        <source>Accept the name difference with a written reason</source>
        <translation>Aceptar la diferencia de nombre con un motivo por escrito</translation>
    </message>
    <message>
        <source>Reason for the &amp;override:</source>
        <translation>Motivo de la e&amp;xcepción:</translation>
    </message>
    <message>
        <source>Reason for the name override</source>
        <translation>Motivo de la excepción por el nombre</translation>
    </message>
    <message>
        <source>Why the name on the ID belongs to the adult on record. No ID numbers.</source>
        <translation>Por qué el nombre de la identificación corresponde al adulto registrado. Sin números de identificación.</translation>
    </message>
    <message>
        <source>Refuse: the names &amp;do not match</source>
        <translation>Rechazar: los nombres &amp;no coinciden</translation>
    </message>
    <message>
        <source>Refuse: the names do not match</source>
        <translation>Rechazar: los nombres no coinciden</translation>
    </message>
    <message>
        <source>A second staff member, an administrator, confirms with their own user name and password:</source>
        <translation>Una segunda persona del personal, un administrador, lo confirma con su propio nombre de usuario y contraseña:</translation>
    </message>
    <message>
        <source>Administrator&apos;s user name</source>
        <translation>Usuario del administrador</translation>
    </message>
    <message>
        <source>The administrator who confirms the expired ID; not the person at the counter.</source>
        <translation>El administrador que confirma la identificación vencida; no la persona del mostrador.</translation>
    </message>
    <message>
        <source>Administrator&apos;s password</source>
        <translation>Contraseña del administrador</translation>
    </message>
    <message>
        <source>Administrator&apos;s user na&amp;me:</source>
        <translation>Nombre de &amp;usuario del administrador:</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;password:</source>
        <translation>&amp;Contraseña del administrador:</translation>
    </message>
</context>
<context>
    <name>CounterPrinter</name>
    <message>
        <source>Sealed letter %1</source>
        <translation>Carta sellada %1</translation>
    </message>
    <message>
        <source>Print the sealed letter</source>
        <translation>Imprimir la carta sellada</translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation>Se canceló la impresión.</translation>
    </message>
    <message>
        <source>A sealed letter prints on paper, never to a file: choose a printer.</source>
        <translation>Una carta sellada se imprime en papel, nunca en un archivo: elija una impresora.</translation>
    </message>
</context>
<context>
    <name>EligibilityPage</name>
    <message>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <source>The district&apos;s rules decide whether this adult may get portal access for this student.</source>
        <translation>Las reglas del distrito deciden si este adulto puede obtener acceso al portal para este estudiante.</translation>
    </message>
    <message>
        <source>What the adult can do next:</source>
        <translation>Lo que el adulto puede hacer ahora:</translation>
    </message>
</context>
<context>
    <name>ExportLogDialog</name>
    <message>
        <source>Export the verification log</source>
        <translation>Exportar el registro de verificaciones</translation>
    </message>
    <message>
        <source>Every verification between the two days (the school&apos;s calendar days), with who verified whom, how, and which ID was checked: its type, issuer, last 4 characters and expiry, nothing more. The file is signed by this kiosk, so anyone can check later that it was not changed.</source>
        <translation>Cada verificación entre los dos días (días del calendario de la escuela): quién verificó a quién, cómo y qué identificación se revisó: su tipo, emisor, últimos 4 caracteres y vencimiento, nada más. Este quiosco firma el archivo, para que cualquiera pueda comprobar después que no se cambió.</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Primer día:</translation>
    </message>
    <message>
        <source>First day of the export</source>
        <translation>Primer día de la exportación</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Ú&amp;ltimo día:</translation>
    </message>
    <message>
        <source>Last day of the export</source>
        <translation>Último día de la exportación</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Format of the export</source>
        <translation>Formato de la exportación</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>Which outcomes to export</source>
        <translation>Qué resultados exportar</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Which verification methods to export</source>
        <translation>Qué métodos de verificación exportar</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>File to save the export to</source>
        <translation>Archivo donde guardar la exportación</translation>
    </message>
    <message>
        <source>A signature file with the same name and .sig at the end is saved next to it.</source>
        <translation>Junto a él se guarda un archivo de firma con el mismo nombre y .sig al final.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Eleg&amp;ir…</translation>
    </message>
    <message>
        <source>Choose the file to save the export to</source>
        <translation>Elegir el archivo donde guardar la exportación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
</context>
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
    <name>IdDocumentPage</name>
    <message>
        <source>Which ID was checked</source>
        <translation>Identificación revisada</translation>
    </message>
    <message>
        <source>Type what the ID shows. Never the whole ID number, never a photo of it.</source>
        <translation>Escriba lo que muestra la identificación. Nunca el número completo, nunca una foto de ella.</translation>
    </message>
    <message>
        <source>ID &amp;type:</source>
        <translation>&amp;Tipo de identificación:</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>Tipo de identificación</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Description of the ID</source>
        <translation>Descripción de la identificación</translation>
    </message>
    <message>
        <source>What kind of ID this is, for example Employee photo ID. No numbers.</source>
        <translation>Qué tipo de identificación es, por ejemplo una credencial de empleado con foto. Sin números.</translation>
    </message>
    <message>
        <source>For example: Employee photo ID</source>
        <translation>Por ejemplo: credencial de empleado con foto</translation>
    </message>
    <message>
        <source>&amp;Issued by:</source>
        <translation>&amp;Emitida por:</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message>
        <source>The state, country or agency that issued the ID.</source>
        <translation>El estado, país u organismo que emitió la identificación.</translation>
    </message>
    <message>
        <source>State, country or agency, for example CA or Mexico</source>
        <translation>Estado, país u organismo, por ejemplo CA o México</translation>
    </message>
    <message>
        <source>&amp;Last 4 of the ID number:</source>
        <translation>Ú&amp;ltimos 4 del número de identificación:</translation>
    </message>
    <message>
        <source>Last 4 characters of the ID number</source>
        <translation>Últimos 4 caracteres del número de identificación</translation>
    </message>
    <message>
        <source>Only the last four letters or digits of the ID number.</source>
        <translation>Solo las últimas cuatro letras o cifras del número de identificación.</translation>
    </message>
    <message>
        <source>4 characters</source>
        <translation>4 caracteres</translation>
    </message>
    <message>
        <source>&amp;Expiry date:</source>
        <translation>Fecha de &amp;vencimiento:</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>&amp;Given names on the ID:</source>
        <translation>Nom&amp;bres en la identificación:</translation>
    </message>
    <message>
        <source>Given names on the ID</source>
        <translation>Nombres en la identificación</translation>
    </message>
    <message>
        <source>The given names exactly as printed on the ID.</source>
        <translation>Los nombres tal como aparecen impresos en la identificación.</translation>
    </message>
    <message>
        <source>Famil&amp;y names on the ID:</source>
        <translation>Apellid&amp;os en la identificación:</translation>
    </message>
    <message>
        <source>Family names on the ID</source>
        <translation>Apellidos en la identificación</translation>
    </message>
    <message>
        <source>The family names exactly as printed on the ID.</source>
        <translation>Los apellidos tal como aparecen impresos en la identificación.</translation>
    </message>
    <message>
        <source>Captured by:</source>
        <translation>Forma de captura:</translation>
    </message>
    <message>
        <source>&amp;Scan ID from a picture…</source>
        <translation>Esca&amp;near la identificación desde una imagen…</translation>
    </message>
    <message>
        <source>Scan the ID from a picture</source>
        <translation>Escanear la identificación desde una imagen</translation>
    </message>
    <message>
        <source>Or scan the barcode on the back with the barcode scanner, on any page.</source>
        <translation>O escanee el código de barras del reverso con el lector de códigos de barras, en cualquier página.</translation>
    </message>
    <message>
        <source>Choose a scan or photo of the back of a US or Canadian driver&apos;s licence or ID card; its barcode fills the fields above.</source>
        <translation>Elija un escaneo o una foto del reverso de una licencia de conducir o tarjeta de identificación de EE. UU. o Canadá; su código de barras llena los campos de arriba.</translation>
    </message>
</context>
<context>
    <name>IdScan</name>
    <message>
        <source>The barcode of this licence or ID card is damaged (%1 unreadable). Scan it again, or type the details from the card.</source>
        <translation>El código de barras de esta licencia o tarjeta de identificación está dañado (%1 ilegible). Escanéelo de nuevo o escriba los datos de la tarjeta.</translation>
    </message>
    <message>
        <source>This barcode is not from a US or Canadian driver&apos;s licence or ID card (it has no AAMVA header). Scan the large barcode on the back of the card, or type the details.</source>
        <translation>Este código de barras no es de una licencia de conducir o tarjeta de identificación de EE. UU. o Canadá (no tiene encabezado AAMVA). Escanee el código de barras grande del reverso de la tarjeta o escriba los datos.</translation>
    </message>
    <message>
        <source>the issuer number in the header</source>
        <translation>el número del emisor en el encabezado</translation>
    </message>
    <message>
        <source>the version in the header</source>
        <translation>la versión en el encabezado</translation>
    </message>
    <message>
        <source>This card&apos;s barcode follows AAMVA version %1, which GuardianDesk cannot read (it reads versions 1 to 11). Type the details from the card.</source>
        <translation>El código de barras de esta tarjeta sigue la versión %1 de AAMVA, que GuardianDesk no puede leer (lee las versiones 1 a 11). Escriba los datos de la tarjeta.</translation>
    </message>
    <message>
        <source>The barcode of this licence or ID card is damaged (%1). Scan it again, or type the details from the card.</source>
        <translation>El código de barras de esta licencia o tarjeta de identificación está dañado (%1). Escanéelo de nuevo o escriba los datos de la tarjeta.</translation>
    </message>
    <message>
        <source>the %1 (%2) is not a date</source>
        <translation>la %1 (%2) no es una fecha</translation>
    </message>
    <message>
        <source>This barcode holds more than a licence or ID card can; scan the barcode on the back of the card.</source>
        <translation>Este código de barras contiene más de lo que cabe en una licencia o tarjeta de identificación; escanee el código de barras del reverso de la tarjeta.</translation>
    </message>
    <message>
        <source>The barcode is empty; scan it again.</source>
        <translation>El código de barras está vacío; escanéelo de nuevo.</translation>
    </message>
    <message>
        <source>This is the seal of a GuardianDesk letter, not an ID card; scan the barcode on the back of the licence or ID card.</source>
        <translation>Este es el sello de una carta de GuardianDesk, no una identificación; escanee el código de barras del reverso de la licencia o tarjeta de identificación.</translation>
    </message>
    <message>
        <source>it has no name: DCS, DAC or DAA</source>
        <translation>no tiene nombre: DCS, DAC o DAA</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>fecha de vencimiento</translation>
    </message>
    <message>
        <source>it has no expiry date: DBA</source>
        <translation>no tiene fecha de vencimiento: DBA</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>fecha de emisión</translation>
    </message>
    <message>
        <source>its issue date is after its expiry date</source>
        <translation>su fecha de emisión es posterior a su fecha de vencimiento</translation>
    </message>
    <message>
        <source>its date of birth is not before the card was issued</source>
        <translation>su fecha de nacimiento no es anterior a la emisión de la tarjeta</translation>
    </message>
    <message>
        <source>the document number, DAQ, is missing or too short</source>
        <translation>falta el número del documento, DAQ, o es demasiado corto</translation>
    </message>
    <message>
        <source>The barcode of this card has no licence or ID section (subfile DL or ID), only its header. Scan it again, or type the details from the card.</source>
        <translation>El código de barras de esta tarjeta no tiene sección de licencia o identificación (subarchivo DL o ID), solo su encabezado. Escanéelo de nuevo o escriba los datos de la tarjeta.</translation>
    </message>
    <message>
        <source>The picture is empty or too small to hold a barcode.</source>
        <translation>La imagen está vacía o es demasiado pequeña para contener un código de barras.</translation>
    </message>
    <message>
        <source>The picture is too large (more than 40 megapixels): scan it again smaller.</source>
        <translation>La imagen es demasiado grande (más de 40 megapíxeles): escanéela de nuevo más pequeña.</translation>
    </message>
    <message>
        <source>No readable barcode was found. Hold the card or form flat, fill the frame with the barcode and try again, or type the details.</source>
        <translation>No se encontró ningún código de barras legible. Sostenga la tarjeta o el formulario plano, llene el encuadre con el código de barras e inténtelo de nuevo, o escriba los datos.</translation>
    </message>
</context>
<context>
    <name>KeysIssuedPage</name>
    <message>
        <source>Keys issued</source>
        <translation>Claves emitidas</translation>
    </message>
    <message>
        <source>Keys and letter are recorded.</source>
        <translation>Las claves y la carta quedaron registradas.</translation>
    </message>
    <message>
        <source>Keys for:</source>
        <translation>Claves para:</translation>
    </message>
    <message>
        <source>Not included this time:</source>
        <translation>No incluidos esta vez:</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Access keys</source>
        <translation>Claves de acceso</translation>
    </message>
    <message>
        <source>One key for each eligible child of this adult, printed on one letter.</source>
        <translation>Una clave por cada hijo o hija elegible de este adulto, impresas en una sola carta.</translation>
    </message>
    <message>
        <source>How the letter reaches the adult</source>
        <translation>Cómo llega la carta al adulto</translation>
    </message>
    <message>
        <source>&amp;Hand the letter to the adult at the office</source>
        <translation>&amp;Entregar la carta al adulto en la oficina</translation>
    </message>
    <message>
        <source>Hand the letter to the adult at the office</source>
        <translation>Entregar la carta al adulto en la oficina</translation>
    </message>
    <message>
        <source>&amp;Mail the letter to the address on record</source>
        <translation>Enviar la carta por correo a la &amp;dirección registrada</translation>
    </message>
    <message>
        <source>Mail the letter to the address on record</source>
        <translation>Enviar la carta por correo a la dirección registrada</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>&amp;Print the letter now</source>
        <translation>&amp;Imprimir la carta ahora</translation>
    </message>
    <message>
        <source>Print the letter now</source>
        <translation>Imprimir la carta ahora</translation>
    </message>
    <message>
        <source>&amp;Queue the letter for the letter printer</source>
        <translation>Poner la carta en la c&amp;ola de la impresora de cartas</translation>
    </message>
    <message>
        <source>Queue the letter for the letter printer</source>
        <translation>Poner la carta en la cola de la impresora de cartas</translation>
    </message>
    <message>
        <source>The keys are never shown on screen: they are printed on the letter only.</source>
        <translation>Las claves nunca se muestran en pantalla: solo se imprimen en la carta.</translation>
    </message>
    <message>
        <source>Children who get a key</source>
        <translation>Hijos que reciben una clave</translation>
    </message>
    <message>
        <source>Children left out this visit</source>
        <translation>Hijos que no reciben clave en esta visita</translation>
    </message>
</context>
<context>
    <name>LetterQueueDialog</name>
    <message>
        <source>Letter queue</source>
        <translation>Cola de cartas</translation>
    </message>
    <message>
        <source>Sealed letters for the letter printer</source>
        <translation>Cartas selladas para la impresora de cartas</translation>
    </message>
    <message>
        <source>Each letter prints once. A printed letter leaves the queue: to print it again, the front desk reissues the keys (the old keys stop working). If a letter comes out damaged, void it under &quot;Printed&quot;.</source>
        <translation>Cada carta se imprime una sola vez. Una carta impresa sale de la cola: para imprimirla de nuevo, recepción vuelve a emitir las claves (las claves anteriores dejan de funcionar). Si una carta sale dañada, anúlela en «Impresas».</translation>
    </message>
    <message>
        <source>&amp;Queued</source>
        <translation>&amp;En cola</translation>
    </message>
    <message>
        <source>Show the letters waiting to be printed</source>
        <translation>Mostrar las cartas pendientes de imprimir</translation>
    </message>
    <message>
        <source>P&amp;rinted</source>
        <translation>&amp;Impresas</translation>
    </message>
    <message>
        <source>Show the letters already printed</source>
        <translation>Mostrar las cartas ya impresas</translation>
    </message>
    <message>
        <source>Voi&amp;ded</source>
        <translation>A&amp;nuladas</translation>
    </message>
    <message>
        <source>Show the voided letters</source>
        <translation>Mostrar las cartas anuladas</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>One row per letter: serial, adult, children, language, delivery, when it was made and whether it still holds its keys. Return prints the selected letters; Delete voids the current letter.</source>
        <translation>Una fila por carta: número, adulto, estudiantes, idioma, entrega, cuándo se creó y si todavía conserva sus claves. Intro imprime las cartas seleccionadas; Supr anula la carta actual.</translation>
    </message>
    <message>
        <source>Letters printed so far</source>
        <translation>Cartas impresas hasta ahora</translation>
    </message>
    <message>
        <source>&amp;Stop after this letter</source>
        <translation>&amp;Detener después de esta carta</translation>
    </message>
    <message>
        <source>Stop printing after the current letter</source>
        <translation>Detener la impresión después de la carta actual</translation>
    </message>
    <message>
        <source>Last print run</source>
        <translation>Última tanda de impresión</translation>
    </message>
    <message>
        <source>Result for each letter of the last print run</source>
        <translation>Resultado de cada carta de la última tanda de impresión</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <source>Void the current letter and revoke its keys</source>
        <translation>Anular la carta actual y revocar sus claves</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the letter queue</source>
        <translation>Cerrar la cola de cartas</translation>
    </message>
    <message>
        <source>Print &amp;all…</source>
        <translation>Imprimir &amp;todas…</translation>
    </message>
    <message>
        <source>Print every queued letter</source>
        <translation>Imprimir todas las cartas en cola</translation>
    </message>
    <message>
        <source>&amp;Print selected…</source>
        <translation>Imprimir &amp;seleccionadas…</translation>
    </message>
    <message>
        <source>Print the selected letters</source>
        <translation>Imprimir las cartas seleccionadas</translation>
    </message>
    <message>
        <source>Preview the selected letter with its keys hidden</source>
        <translation>Vista previa de la carta seleccionada con las claves ocultas</translation>
    </message>
    <message>
        <source>Shows the selected letter as it will print; every key is drawn as dots</source>
        <translation>Muestra la carta seleccionada tal como se imprimirá; cada clave aparece como puntos</translation>
    </message>
    <message>
        <source>Previe&amp;w…</source>
        <translation>&amp;Vista previa…</translation>
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
    <message>
        <source>&amp;Verify this adult…</source>
        <translation>&amp;Verificar a este adulto…</translation>
    </message>
    <message>
        <source>Verify this adult</source>
        <translation>Verificar a este adulto</translation>
    </message>
    <message>
        <source>Starts the verification of the adult chosen in the student card (Enter on an adult does the same).</source>
        <translation>Inicia la verificación del adulto elegido en la ficha del estudiante (Intro sobre un adulto hace lo mismo).</translation>
    </message>
    <message>
        <source>Adult &amp;not on record…</source>
        <translation>Adulto &amp;no registrado…</translation>
    </message>
    <message>
        <source>Adult not on record: Parent Access Request form</source>
        <translation>Adulto no registrado: formulario de solicitud de acceso para padres</translation>
    </message>
    <message>
        <source>For an adult who is not on this student&apos;s record: explains the Parent Access Request form. Nothing is issued.</source>
        <translation>Para un adulto que no figura en el registro de este estudiante: explica el formulario de solicitud de acceso para padres. No se emite nada.</translation>
    </message>
    <message>
        <source>The adult is not on this student&apos;s record: Parent Access Request form</source>
        <translation>El adulto no figura en el registro de este estudiante: formulario de solicitud de acceso para padres</translation>
    </message>
    <message>
        <source>Letter &amp;queue…</source>
        <translation>&amp;Cola de cartas…</translation>
    </message>
    <message>
        <source>Sealed letters waiting for the letter printer (Ctrl+P)</source>
        <translation>Cartas selladas en espera para la impresora de cartas (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print access &amp;request form…</source>
        <translation>Imprimir formulario de &amp;solicitud de acceso…</translation>
    </message>
    <message>
        <source>Print the Parent Access Request form</source>
        <translation>Imprimir el formulario de solicitud de acceso para padres</translation>
    </message>
    <message>
        <source>For an adult who is not on the record yet: the Parent Access Request form</source>
        <translation>Para un adulto que todavía no figura en el registro: el formulario de solicitud de acceso para padres</translation>
    </message>
    <message>
        <source>Print key-by-&amp;mail form…</source>
        <translation>Imprimir formulario de clave por co&amp;rreo…</translation>
    </message>
    <message>
        <source>Print the request to mail the portal key, for this adult</source>
        <translation>Imprimir la solicitud para enviar por correo la clave del portal, para este adulto</translation>
    </message>
    <message>
        <source>For an adult in school records who cannot come in: the pre-filled request to mail the portal key, signed and returned with a copy of their ID</source>
        <translation>Para un adulto registrado en la escuela que no puede venir: la solicitud ya completada para enviar por correo la clave del portal, que devuelve firmada con una copia de su identificación</translation>
    </message>
    <message>
        <source>Verify the adult chosen on the student card (Enter on the adult)</source>
        <translation>Verificar al adulto elegido en la ficha del estudiante (Intro sobre el adulto)</translation>
    </message>
    <message>
        <source>Why some actions are unavailable</source>
        <translation>Por qué algunas acciones no están disponibles</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>How is the adult being verified?</source>
        <translation>¿Cómo se verifica al adulto?</translation>
    </message>
    <message>
        <source>&amp;In person</source>
        <translation>&amp;En persona</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>The adult is at the counter with a photo ID.</source>
        <translation>El adulto está en el mostrador con una identificación con foto.</translation>
    </message>
    <message>
        <source>The adult is here, with a photo ID in hand.</source>
        <translation>El adulto está aquí, con una identificación con foto en la mano.</translation>
    </message>
    <message>
        <source>&amp;Video call</source>
        <translation>&amp;Videollamada</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>The adult shows the photo ID on camera and answers security questions.</source>
        <translation>El adulto muestra la identificación con foto ante la cámara y responde preguntas de seguridad.</translation>
    </message>
    <message>
        <source>Key by &amp;mail (returned request form)</source>
        <translation>Clave por &amp;correo (formulario de solicitud devuelto)</translation>
    </message>
    <message>
        <source>Key by mail: the request form came back</source>
        <translation>Clave por correo: el formulario de solicitud fue devuelto</translation>
    </message>
    <message>
        <source>The signed request to mail the key came back with a copy of the photo ID.</source>
        <translation>La solicitud firmada para enviar la clave por correo volvió con una copia de la identificación con foto.</translation>
    </message>
    <message>
        <source>The signed request to mail the portal key came back with a copy of the photo ID. The letter is mailed to the address in school records.</source>
        <translation>La solicitud firmada para enviar por correo la clave del portal volvió con una copia de la identificación con foto. La carta se envía por correo a la dirección que figura en los registros de la escuela.</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What was recorded for this adult.</source>
        <translation>Lo que quedó registrado para este adulto.</translation>
    </message>
    <message>
        <source>What the adult can do next:</source>
        <translation>Lo que el adulto puede hacer ahora:</translation>
    </message>
    <message>
        <source>Security questions:</source>
        <translation>Preguntas de seguridad:</translation>
    </message>
</context>
<context>
    <name>PrintRun</name>
    <message>
        <source>Not reached: printing was stopped. It is still in the queue.</source>
        <translation>No se llegó a ella: se detuvo la impresión. Sigue en la cola.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>This adult is not on record as a parent or guardian of the student.</source>
        <translation>Este adulto no figura en el registro como padre, madre o tutor del estudiante.</translation>
    </message>
    <message>
        <source>Give the adult the Parent Access Request form. The school updates the student&apos;s record first; nothing is issued today.</source>
        <translation>Entregue al adulto el formulario de solicitud de acceso para padres. Primero la escuela actualiza el registro del estudiante; hoy no se emite nada.</translation>
    </message>
    <message>
        <source>Portal access cannot be issued to this adult for this student.</source>
        <translation>No se puede dar acceso al portal a este adulto para este estudiante.</translation>
    </message>
    <message>
        <source>Refer the adult to the principal or the school office. Do not discuss the reason at the counter.</source>
        <translation>Envíe al adulto con el director o a la oficina de la escuela. No hable del motivo en el mostrador.</translation>
    </message>
    <message>
        <source>The student&apos;s record does not allow this adult to use the parent portal.</source>
        <translation>El registro del estudiante no permite que este adulto use el portal para padres.</translation>
    </message>
    <message>
        <source>The school office can review the record with the adult. Once the record is updated, the adult can come back for a key.</source>
        <translation>La oficina de la escuela puede revisar el registro con el adulto. Una vez actualizado el registro, el adulto puede volver para obtener una clave.</translation>
    </message>
    <message>
        <source>The student&apos;s record does not show educational rights for this adult.</source>
        <translation>El registro del estudiante no indica que este adulto tenga derechos educativos.</translation>
    </message>
    <message>
        <source>The adult can bring the document that grants educational rights (for example a court order) to the school office, which updates the record.</source>
        <translation>El adulto puede llevar a la oficina de la escuela el documento que otorga los derechos educativos (por ejemplo, una orden judicial), y la oficina actualiza el registro.</translation>
    </message>
    <message>
        <source>The student is not currently enrolled.</source>
        <translation>El estudiante no está inscrito actualmente.</translation>
    </message>
    <message>
        <source>Ask the adult to contact the school where the student is enrolled now.</source>
        <translation>Pida al adulto que se comunique con la escuela en la que el estudiante está inscrito ahora.</translation>
    </message>
    <message>
        <source>Choose a student first.</source>
        <translation>Primero elija a un estudiante.</translation>
    </message>
    <message>
        <source>The chosen adult&apos;s record belongs to another student; choose the adult again from this student&apos;s card.</source>
        <translation>El registro del adulto elegido pertenece a otro estudiante; vuelva a elegir al adulto en la ficha de este estudiante.</translation>
    </message>
    <message>
        <source>The district&apos;s limit of children per adult must be between 1 and %1.</source>
        <translation>El límite del distrito de estudiantes por adulto debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>Keys can be issued to one adult at a time.</source>
        <translation>Las claves se emiten a un solo adulto a la vez.</translation>
    </message>
    <message>
        <source>The student&apos;s record is not on this kiosk yet; sync the roster and try again.</source>
        <translation>El registro del estudiante todavía no está en este quiosco; sincronice la lista de estudiantes e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The district allows keys for at most %1 children at once; issue this one in a new verification.</source>
        <translation>El distrito permite claves para %1 estudiantes como máximo a la vez; emita la de este estudiante en una nueva verificación.</translation>
    </message>
    <message>
        <source>Enter the last 4 characters of the ID number.</source>
        <translation>Escriba los últimos 4 caracteres del número de identificación.</translation>
    </message>
    <message>
        <source>Enter only the last 4 characters of the ID number, never the whole number.</source>
        <translation>Escriba solo los últimos 4 caracteres del número de identificación, nunca el número completo.</translation>
    </message>
    <message>
        <source>Enter exactly 4 characters: the last 4 of the ID number (%1 entered).</source>
        <translation>Escriba exactamente 4 caracteres: los últimos 4 del número de identificación (escribió %1).</translation>
    </message>
    <message>
        <source>The last 4 may contain only the letters A to Z and the digits 0 to 9.</source>
        <translation>Los últimos 4 solo pueden contener las letras de la A a la Z y las cifras del 0 al 9.</translation>
    </message>
    <message>
        <source>The issuer contains characters that cannot be printed; retype it.</source>
        <translation>El campo «Emitida por» contiene caracteres que no se pueden imprimir; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Enter who issued the ID (for example CA, Mexico or U.S. Department of State).</source>
        <translation>Escriba quién emitió la identificación (por ejemplo, CA, México o Departamento de Estado de EE. UU.).</translation>
    </message>
    <message>
        <source>The issuer must be %1 to %2 characters long.</source>
        <translation>El campo «Emitida por» debe tener entre %1 y %2 caracteres.</translation>
    </message>
    <message>
        <source>Enter the name of the state, country or agency that issued the ID.</source>
        <translation>Escriba el nombre del estado, país u organismo que emitió la identificación.</translation>
    </message>
    <message>
        <source>The issuer looks like an ID number; enter who issued the ID, never its number.</source>
        <translation>Lo escrito en «Emitida por» parece un número de identificación; escriba quién emitió la identificación, nunca su número.</translation>
    </message>
    <message>
        <source>The description contains characters that cannot be printed; retype it.</source>
        <translation>La descripción contiene caracteres que no se pueden imprimir; vuelva a escribirla.</translation>
    </message>
    <message>
        <source>Describe the ID when its type is &quot;other&quot; (for example &quot;Employee photo ID&quot;).</source>
        <translation>Describa la identificación cuando su tipo sea «Otra» (por ejemplo, «credencial de empleado con foto»).</translation>
    </message>
    <message>
        <source>The description of the ID must be %1 to %2 characters long.</source>
        <translation>La descripción de la identificación debe tener entre %1 y %2 caracteres.</translation>
    </message>
    <message>
        <source>The description looks like it holds an ID number; describe the kind of ID only.</source>
        <translation>Parece que la descripción contiene un número de identificación; describa solo el tipo de identificación.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s date is not set.</source>
        <translation>La fecha del quiosco no está configurada.</translation>
    </message>
    <message>
        <source>Enter the expiry date printed on the ID.</source>
        <translation>Escriba la fecha de vencimiento impresa en la identificación.</translation>
    </message>
    <message>
        <source>The expiry date is not a date an ID can carry; check the year.</source>
        <translation>La fecha de vencimiento no es posible en una identificación; revise el año.</translation>
    </message>
    <message>
        <source>The expiry date is more than %1 years from today; check the year.</source>
        <translation>La fecha de vencimiento está a más de %1 años de hoy; revise el año.</translation>
    </message>
    <message>
        <source>The issue date is not a valid date; check it.</source>
        <translation>La fecha de emisión no es válida; revísela.</translation>
    </message>
    <message>
        <source>The issue date is in the future; check the date on the ID.</source>
        <translation>La fecha de emisión es futura; revise la fecha de la identificación.</translation>
    </message>
    <message>
        <source>The issue date is after the expiry date; check both dates.</source>
        <translation>La fecha de emisión es posterior a la de vencimiento; revise ambas fechas.</translation>
    </message>
    <message>
        <source>The ID has expired.</source>
        <translation>La identificación está vencida.</translation>
    </message>
    <message>
        <source>The adult can come back with a current photo ID, or a supervisor may accept this one with a written reason.</source>
        <translation>El adulto puede volver con una identificación con foto vigente, o un supervisor puede aceptar esta con un motivo por escrito.</translation>
    </message>
    <message>
        <source>The adult can come back with a current photo ID.</source>
        <translation>El adulto puede volver con una identificación con foto vigente.</translation>
    </message>
    <message>
        <source>This district does not allow a supervisor to accept an expired ID.</source>
        <translation>Este distrito no permite que un supervisor acepte una identificación vencida.</translation>
    </message>
    <message>
        <source>The ID gives the given and family names in the other order.</source>
        <translation>La identificación muestra el nombre y los apellidos en el orden inverso.</translation>
    </message>
    <message>
        <source>The ID splits the same names differently between given and family name.</source>
        <translation>La identificación reparte los mismos nombres de otra forma entre nombre y apellidos.</translation>
    </message>
    <message>
        <source>The ID gives the given names in another order.</source>
        <translation>La identificación muestra los nombres en otro orden.</translation>
    </message>
    <message>
        <source>The ID adds a middle name.</source>
        <translation>La identificación agrega un segundo nombre.</translation>
    </message>
    <message>
        <source>The ID spells out a middle initial of the record.</source>
        <translation>La identificación escribe completo un segundo nombre que en el registro figura solo con la inicial.</translation>
    </message>
    <message>
        <source>The ID adds a second family name.</source>
        <translation>La identificación agrega un segundo apellido.</translation>
    </message>
    <message>
        <source>The names differ only in a particle such as &quot;de la&quot; or &quot;al&quot;.</source>
        <translation>Los nombres solo difieren en una partícula como «de la» o «al».</translation>
    </message>
    <message>
        <source>The name on the ID matches the record.</source>
        <translation>El nombre de la identificación coincide con el registro.</translation>
    </message>
    <message>
        <source>The name on the ID (%1) is not the name on record (%2).</source>
        <translation>El nombre de la identificación (%1) no es el nombre registrado (%2).</translation>
    </message>
    <message>
        <source>The ID shows only an initial where the record has a given name: ID %1, record %2.</source>
        <translation>La identificación muestra solo una inicial donde el registro tiene un nombre: identificación %1, registro %2.</translation>
    </message>
    <message>
        <source>The record has a given name that is not on the ID: ID %1, record %2.</source>
        <translation>El registro tiene un nombre que no figura en la identificación: identificación %1, registro %2.</translation>
    </message>
    <message>
        <source>The given names differ: ID %1, record %2.</source>
        <translation>Los nombres son distintos: identificación %1, registro %2.</translation>
    </message>
    <message>
        <source>The ID does not show every family name on the record: ID %1, record %2.</source>
        <translation>La identificación no muestra todos los apellidos del registro: identificación %1, registro %2.</translation>
    </message>
    <message>
        <source>The family names differ: ID %1, record %2.</source>
        <translation>Los apellidos son distintos: identificación %1, registro %2.</translation>
    </message>
    <message>
        <source>The name contains characters that cannot be printed; retype it as printed on the ID.</source>
        <translation>El nombre contiene caracteres que no se pueden imprimir; vuelva a escribirlo tal como aparece impreso en la identificación.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters; type it as printed on the ID.</source>
        <translation>El nombre tiene más de %1 caracteres; escríbalo tal como aparece impreso en la identificación.</translation>
    </message>
    <message>
        <source>A name cannot contain digits; type only the name as printed on the ID.</source>
        <translation>Un nombre no puede contener cifras; escriba solo el nombre tal como aparece impreso en la identificación.</translation>
    </message>
    <message>
        <source>Type the name as printed on the ID.</source>
        <translation>Escriba el nombre tal como aparece impreso en la identificación.</translation>
    </message>
    <message>
        <source>The record has no name to compare with.</source>
        <translation>El registro no tiene ningún nombre con el que comparar.</translation>
    </message>
    <message>
        <source>The name on the ID does not match the name on record.</source>
        <translation>El nombre de la identificación no coincide con el nombre registrado.</translation>
    </message>
    <message>
        <source>The adult can ask the school office to correct the name on record, or come back with an ID that shows the name on record.</source>
        <translation>El adulto puede pedir a la oficina de la escuela que corrija el nombre registrado, o volver con una identificación que muestre el nombre registrado.</translation>
    </message>
    <message>
        <source>The reason contains characters that cannot be printed; retype it.</source>
        <translation>El motivo contiene caracteres que no se pueden imprimir; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>Write the reason for the override.</source>
        <translation>Escriba el motivo de la excepción.</translation>
    </message>
    <message>
        <source>Write a reason of at least %1 characters for the override.</source>
        <translation>Escriba un motivo de al menos %1 caracteres para la excepción.</translation>
    </message>
    <message>
        <source>Shorten the reason to at most %1 characters.</source>
        <translation>Acorte el motivo a %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>Leave ID and account numbers out of the reason.</source>
        <translation>No incluya números de identificación ni de cuenta en el motivo.</translation>
    </message>
    <message>
        <source>student&apos;s date of birth</source>
        <translation>la fecha de nacimiento del estudiante</translation>
    </message>
    <message>
        <source>student&apos;s first name</source>
        <translation>el nombre del estudiante</translation>
    </message>
    <message>
        <source>student&apos;s last name</source>
        <translation>el apellido del estudiante</translation>
    </message>
    <message>
        <source>student&apos;s grade</source>
        <translation>el grado del estudiante</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>el domicilio</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>el número de teléfono</translation>
    </message>
    <message>
        <source>emergency contact</source>
        <translation>el contacto de emergencia</translation>
    </message>
    <message>
        <source>The district&apos;s number of questions that must pass must be between 1 and 7.</source>
        <translation>El número de preguntas que el distrito exige responder bien debe estar entre 1 y 7.</translation>
    </message>
    <message>
        <source>Ask at least %1 security questions.</source>
        <translation>Haga al menos %1 preguntas de seguridad.</translation>
    </message>
    <message>
        <source>The question about the %1 was asked twice; ask a different one.</source>
        <translation>La pregunta sobre %1 se hizo dos veces; haga otra distinta.</translation>
    </message>
    <message>
        <source>The record has no %1 to check; ask a different question.</source>
        <translation>El registro no tiene datos para comprobar %1; haga otra pregunta.</translation>
    </message>
    <message>
        <source>The answer about the %1 is too long; type only what the adult says.</source>
        <translation>La respuesta sobre %1 es demasiado larga; escriba solo lo que dice el adulto.</translation>
    </message>
    <message>
        <source>The answer about the %1 contains characters that cannot be typed; retype it.</source>
        <translation>La respuesta sobre %1 contiene caracteres que no se pueden escribir; vuelva a escribirla.</translation>
    </message>
    <message>
        <source>Ask at least %1 security questions; %2 asked so far.</source>
        <translation>Haga al menos %1 preguntas de seguridad; hasta ahora ha hecho %2.</translation>
    </message>
    <message>
        <source>Not enough answers matched the student&apos;s record.</source>
        <translation>No coincidieron suficientes respuestas con el registro del estudiante.</translation>
    </message>
    <message>
        <source>The adult can come to the school office with a photo ID to be verified in person.</source>
        <translation>El adulto puede venir a la oficina de la escuela con una identificación con foto para que se le verifique en persona.</translation>
    </message>
    <message>
        <source>The photo on the ID does not match the person.</source>
        <translation>La foto de la identificación no coincide con la persona.</translation>
    </message>
    <message>
        <source>The adult can come back with a photo ID that shows them.</source>
        <translation>El adulto puede volver con una identificación con foto que lo muestre.</translation>
    </message>
    <message>
        <source>This adult was not verified; no key can be issued.</source>
        <translation>Este adulto no fue verificado; no se puede emitir ninguna clave.</translation>
    </message>
    <message>
        <source>Keys were already issued from this verification. To issue new keys, verify the adult again.</source>
        <translation>Ya se emitieron claves con esta verificación. Para emitir claves nuevas, verifique al adulto de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>The verification is more than %n minute(s) old; verify the adult again.</source>
        <translation>
            <numerusform>La verificación tiene más de %n minuto; verifique al adulto de nuevo.</numerusform>
            <numerusform>La verificación tiene más de %n minutos; verifique al adulto de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>An expired ID is accepted only when an administrator confirms it with their user name and password.</source>
        <translation>Una identificación vencida solo se acepta si un administrador lo confirma con su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>A second staff member must confirm the expired ID: you cannot confirm your own override.</source>
        <translation>Otra persona del personal debe confirmar la identificación vencida: usted no puede confirmar su propia excepción.</translation>
    </message>
    <message>
        <source>%1 is not an administrator: only an administrator confirms an expired ID.</source>
        <translation>%1 no es administrador: solo un administrador confirma una identificación vencida.</translation>
    </message>
    <message>
        <source>a control character (%1)</source>
        <translation>un carácter de control (%1)</translation>
    </message>
    <message>
        <source>a line or paragraph separator (%1)</source>
        <translation>un separador de línea o de párrafo (%1)</translation>
    </message>
    <message>
        <source>an invisible text-direction control (%1)</source>
        <translation>un control invisible de dirección del texto (%1)</translation>
    </message>
    <message>
        <source>an invisible formatting character (%1)</source>
        <translation>un carácter de formato invisible (%1)</translation>
    </message>
    <message>
        <source>a zero-width joiner that follows no letter (%1)</source>
        <translation>un unidor de ancho cero que no sigue a ninguna letra (%1)</translation>
    </message>
    <message>
        <source>a code point that is not a character (%1)</source>
        <translation>un punto de código que no es un carácter (%1)</translation>
    </message>
    <message>
        <source>a broken character (%1)</source>
        <translation>un carácter dañado (%1)</translation>
    </message>
    <message>
        <source>%1 at character %2</source>
        <translation>%1 en el carácter %2</translation>
    </message>
    <message>
        <source>The adult was verified by a returned request to mail the key, so the keys go by mail to the address in school records, never across the counter.</source>
        <translation>El adulto fue verificado con una solicitud devuelta para enviar la clave por correo: las claves van por correo a la dirección que figura en los registros escolares, nunca en el mostrador.</translation>
    </message>
</context>
<context>
    <name>SecurityQuestionsPage</name>
    <message>
        <source>Security questions</source>
        <translation>Preguntas de seguridad</translation>
    </message>
    <message>
        <source>Ask the questions and type what the adult says.</source>
        <translation>Haga las preguntas y escriba lo que responde el adulto.</translation>
    </message>
    <message>
        <source>The expected answers are never shown. Which answers were right is shown after the verification is recorded.</source>
        <translation>Las respuestas esperadas nunca se muestran. Qué respuestas fueron correctas se muestra después de registrar la verificación.</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Un nombre de usuario tiene de 2 a 32 letras minúsculas, cifras, puntos, guiones o guiones bajos, y empieza por una letra.</translation>
    </message>
    <message>
        <source>A display name is 1 to 80 characters.</source>
        <translation>El nombre completo debe tener de 1 a 80 caracteres.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>La contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A password can have at most 256 characters.</source>
        <translation>La contraseña puede tener 256 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The password cannot be the user name.</source>
        <translation>La contraseña no puede ser el nombre de usuario.</translation>
    </message>
    <message>
        <source>The password cannot be one character repeated.</source>
        <translation>La contraseña no puede ser un mismo carácter repetido.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>El nombre de usuario o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked for %1 more minute(s), or until an administrator resets its password.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión: esta cuenta está bloqueada durante %1 minuto(s) más, o hasta que un administrador restablezca su contraseña.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this account is locked for %1 minutes, or until an administrator resets its password.</source>
        <translation>Demasiados intentos fallidos de inicio de sesión: esta cuenta queda bloqueada durante %1 minutos, o hasta que un administrador restablezca su contraseña.</translation>
    </message>
    <message>
        <source>A display name cannot hold %1.</source>
        <translation>El nombre completo no puede contener %1.</translation>
    </message>
    <message>
        <source>The user name %1 is reserved for GuardianDesk itself; choose another.</source>
        <translation>El nombre de usuario %1 está reservado para el propio GuardianDesk; elija otro.</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator and cannot be disabled: add another administrator first.</source>
        <translation>%1 es el último administrador habilitado y no se puede deshabilitar: agregue primero otro administrador.</translation>
    </message>
</context>
<context>
    <name>StudentAdultPage</name>
    <message>
        <source>Student and adult</source>
        <translation>Estudiante y adulto</translation>
    </message>
    <message>
        <source>Check that this is the student, and that the adult in front of you is the one chosen on the card.</source>
        <translation>Compruebe que este es el estudiante y que el adulto que tiene delante es el elegido en la ficha.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Student ID:</source>
        <translation>Número de estudiante:</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Parentesco:</translation>
    </message>
    <message>
        <source>Custodial:</source>
        <translation>Custodia:</translation>
    </message>
    <message>
        <source>Educational rights:</source>
        <translation>Derechos educativos:</translation>
    </message>
    <message>
        <source>Portal eligible:</source>
        <translation>Apto para el portal:</translation>
    </message>
    <message>
        <source>No-contact order:</source>
        <translation>Orden de no contacto:</translation>
    </message>
    <message>
        <source>Press Next to check whether this adult may be verified. To choose another adult, cancel and pick the adult on the student card.</source>
        <translation>Pulse Siguiente para comprobar si se puede verificar a este adulto. Para elegir a otro adulto, cancele y elíjalo en la ficha del estudiante.</translation>
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
    <name>SyncStatusDialog</name>
    <message>
        <source>District sync</source>
        <translation>Sincronización con el distrito</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Events waiting:</source>
        <translation>Eventos en espera:</translation>
    </message>
    <message>
        <source>Events waiting to be sent</source>
        <translation>Eventos en espera de envío</translation>
    </message>
    <message>
        <source>Events refused:</source>
        <translation>Eventos rechazados:</translation>
    </message>
    <message>
        <source>Events the district refused</source>
        <translation>Eventos que el distrito rechazó</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Última sincronización correcta:</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Última sincronización correcta</translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation>Próximo intento:</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Clock difference:</source>
        <translation>Diferencia de reloj:</translation>
    </message>
    <message>
        <source>Clock difference with the district server</source>
        <translation>Diferencia de reloj con el servidor del distrito</translation>
    </message>
    <message>
        <source>Enrollment:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Enrollment of this kiosk with the district</source>
        <translation>Registro de este quiosco en el distrito</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Último problema:</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <source>&amp;Events the district refused, with its reason:</source>
        <translation>&amp;Eventos que el distrito rechazó, con su motivo:</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Result of the last sync</source>
        <translation>Resultado de la última sincronización</translation>
    </message>
    <message>
        <source>Why failed events cannot be sent again now</source>
        <translation>Por qué los eventos fallidos no se pueden reenviar ahora</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Retry failed events</source>
        <translation>&amp;Reenviar eventos fallidos</translation>
    </message>
    <message>
        <source>Retry failed events</source>
        <translation>Reenviar eventos fallidos</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the sync status</source>
        <translation>Cerrar el estado de la sincronización</translation>
    </message>
</context>
<context>
    <name>VoidLetterDialog</name>
    <message>
        <source>Void a letter</source>
        <translation>Anular una carta</translation>
    </message>
    <message>
        <source>The keys on this letter will be revoked: they stop working in the parent portal, on paper and everywhere else. The adult gets new keys only by being verified again at the front desk.</source>
        <translation>Las claves de esta carta se revocarán: dejarán de funcionar en el portal para padres, en papel y en cualquier otro lugar. El adulto solo obtiene claves nuevas si se le vuelve a verificar en recepción.</translation>
    </message>
    <message>
        <source>&amp;Why is this letter void? (for example, &quot;the printer jammed and tore the page&quot;)</source>
        <translation>¿&amp;Por qué se anula esta carta? (por ejemplo, «la impresora se atascó y rompió la hoja»)</translation>
    </message>
    <message>
        <source>Reason for voiding the letter</source>
        <translation>Motivo para anular la carta</translation>
    </message>
    <message>
        <source>A sentence of at least ten characters. Leave ID and account numbers out.</source>
        <translation>Una frase de al menos diez caracteres. No incluya números de identificación ni de cuenta.</translation>
    </message>
    <message>
        <source>&amp;Keep the letter</source>
        <translation>&amp;Conservar la carta</translation>
    </message>
    <message>
        <source>Keep the letter: do not void it</source>
        <translation>Conservar la carta: no anularla</translation>
    </message>
    <message>
        <source>&amp;Void the letter…</source>
        <translation>&amp;Anular la carta…</translation>
    </message>
    <message>
        <source>Void the letter and revoke its keys</source>
        <translation>Anular la carta y revocar sus claves</translation>
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
    <name>gd::AttestationPage</name>
    <message>
        <source>Method: %1</source>
        <translation>Método: %1</translation>
    </message>
    <message>
        <source>ID: %1 from %2, ending in %3</source>
        <extracomment>%1 = kind of ID, %2 = who issued it, %3 = its last 4 characters.</extracomment>
        <translation>Identificación: %1 de %2, terminada en %3</translation>
    </message>
    <message>
        <source>Expired on %1; accepted by a supervisor</source>
        <translation>Vencida el %1; aceptada por un supervisor</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>Name on the ID: %1</source>
        <translation>Nombre en la identificación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Security questions: %n answer(s) typed</source>
        <translation>
            <numerusform>Preguntas de seguridad: %n respuesta escrita</numerusform>
            <numerusform>Preguntas de seguridad: %n respuestas escritas</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at the photo on the ID and at the adult at the counter. Is it the same person?</source>
        <translation>Mire la foto de la identificación y al adulto que está en el mostrador. ¿Es la misma persona?</translation>
    </message>
    <message>
        <source>Look at the photo on the ID and at the adult on the video call. Is it the same person?</source>
        <translation>Mire la foto de la identificación y al adulto de la videollamada. ¿Es la misma persona?</translation>
    </message>
    <message>
        <source>&amp;Record the refusal</source>
        <translation>&amp;Registrar el rechazo</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Press &quot;Record the refusal&quot;: the refusal is written to the record and no key is issued.</source>
        <translation>Pulse «Registrar el rechazo»: el rechazo queda registrado y no se emite ninguna clave.</translation>
    </message>
    <message>
        <source>Press Verify to record the verification. It cannot be undone.</source>
        <translation>Pulse Verificar para registrar la verificación. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Look at the copy of the ID and the signed request form. Are they clear, and do they belong to the same person?</source>
        <translation>Mire la copia de la identificación y el formulario de solicitud firmado. ¿Se leen bien y son de la misma persona?</translation>
    </message>
</context>
<context>
    <name>gd::BackgroundSync</name>
    <message>
        <source>The district server setting cannot be used: %1</source>
        <translation>No se puede usar la configuración del servidor del distrito: %1</translation>
    </message>
    <message>
        <source>No client secret is kept on this kiosk: an administrator gives it once with &quot;guardiandesk-cli sync --client-secret-file FILE&quot;.</source>
        <translation>Este quiosco no guarda ningún secreto de cliente: un administrador lo indica una vez con «guardiandesk-cli sync --client-secret-file ARCHIVO».</translation>
    </message>
    <message>
        <source>Only an administrator can send failed events again.</source>
        <translation>Solo un administrador puede reenviar los eventos fallidos.</translation>
    </message>
    <message>
        <source>Not run: after the last failure the kiosk waits until %1 before trying the district server again.</source>
        <translation>No se ejecutó: tras el último fallo, el quiosco espera hasta %1 antes de volver a intentarlo con el servidor del distrito.</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished: %n event(s) delivered to the district.</source>
        <translation>
            <numerusform>Sincronización terminada: %n evento entregado al distrito.</numerusform>
            <numerusform>Sincronización terminada: %n eventos entregados al distrito.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation>La sincronización no terminó: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) were delivered before that.</source>
        <translation>
            <numerusform>Antes se entregó %n evento.</numerusform>
            <numerusform>Antes se entregaron %n eventos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n roster page(s) received.</source>
        <translation>
            <numerusform>%n página del padrón recibida.</numerusform>
            <numerusform>%n páginas del padrón recibidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) refused by the district.</source>
        <translation>
            <numerusform>%n evento rechazado por el distrito.</numerusform>
            <numerusform>%n eventos rechazados por el distrito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) still waiting.</source>
        <translation>
            <numerusform>%n evento sigue en espera.</numerusform>
            <numerusform>%n eventos siguen en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next attempt: %1.</source>
        <translation>Próximo intento: %1.</translation>
    </message>
</context>
<context>
    <name>gd::CardActions</name>
    <message>
        <source>Print the form</source>
        <translation>Imprimir el formulario</translation>
    </message>
    <message>
        <source>Printing was cancelled; no form was issued.</source>
        <translation>Se canceló la impresión; no se emitió ningún formulario.</translation>
    </message>
    <message>
        <source>Find a student first: these actions work on the student card.</source>
        <translation>Primero busque a un estudiante: estas acciones trabajan sobre la ficha del estudiante.</translation>
    </message>
    <message>
        <source>Choose an adult on the card first.</source>
        <translation>Primero elija a un adulto en la ficha.</translation>
    </message>
    <message>
        <source>Only front desk staff verify adults.</source>
        <translation>Solo el personal de recepción verifica a los adultos.</translation>
    </message>
    <message>
        <source>%1 is not eligible: %2 Verifying records the refusal.</source>
        <extracomment>The chosen adult is not eligible; the verification still runs so that the refusal is recorded.</extracomment>
        <translation>%1 no es elegible: %2 La verificación registra el rechazo.</translation>
    </message>
    <message>
        <source>Only front desk staff and letter printers print forms.</source>
        <translation>Solo el personal de recepción y quienes imprimen cartas imprimen formularios.</translation>
    </message>
    <message>
        <source>No key-by-mail form for %1: %2</source>
        <extracomment>%1 is the adult&apos;s name, %2 why no key may go to them.</extracomment>
        <translation>No hay formulario de clave por correo para %1: %2</translation>
    </message>
    <message>
        <source>The request to mail the key was printed. Scan its code when it comes back.</source>
        <translation>Se imprimió la solicitud para enviar la clave por correo. Escanee su código cuando la devuelvan.</translation>
    </message>
    <message>
        <source>The Parent Access Request form was printed.</source>
        <translation>Se imprimió el formulario de solicitud de acceso para padres.</translation>
    </message>
</context>
<context>
    <name>gd::ChecksPage</name>
    <message>
        <source>&amp;Record the refusal</source>
        <translation>&amp;Registrar el rechazo</translation>
    </message>
    <message>
        <source>✗ The ID expired on %1. The district does not accept expired IDs.</source>
        <translation>✗ La identificación venció el %1. El distrito no acepta identificaciones vencidas.</translation>
    </message>
    <message>
        <source>What the adult can do next:</source>
        <translation>Lo que el adulto puede hacer ahora:</translation>
    </message>
    <message>
        <source>The name on the ID differs from the name on record. Accept it only when you are sure it is the same person (for example a known spelling or a name change), and write why.</source>
        <translation>El nombre de la identificación es distinto del nombre registrado. Acéptelo solo si está seguro de que es la misma persona (por ejemplo, una variante conocida de la ortografía o un cambio de nombre) y escriba por qué.</translation>
    </message>
    <message>
        <source>Press &quot;Record the refusal&quot; to write it to the record. This verification then ends and no key is issued.</source>
        <translation>Pulse «Registrar el rechazo» para dejarlo registrado. Esta verificación termina entonces y no se emite ninguna clave.</translation>
    </message>
    <message>
        <source>The ID expired on %1. The district allows an administrator to accept an expired ID with a written reason and their password; otherwise the visit ends with a refusal.</source>
        <translation>La identificación venció el %1. El distrito permite que un administrador acepte una identificación vencida con un motivo por escrito y su contraseña; si no, la visita termina con un rechazo.</translation>
    </message>
    <message>
        <source>The name on the ID matches the record.</source>
        <translation>El nombre de la identificación coincide con el registro.</translation>
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
    <name>gd::EligibilityPage</name>
    <message>
        <source>&amp;Record the refusal</source>
        <translation>&amp;Registrar el rechazo</translation>
    </message>
    <message>
        <source>✓ This adult may be verified for this student.</source>
        <translation>✓ Se puede verificar a este adulto para este estudiante.</translation>
    </message>
    <message>
        <source>The relationship is portal eligible, the adult holds educational rights, no no-contact order is on record, and the student is enrolled.</source>
        <translation>El parentesco es apto para el portal, el adulto tiene derechos educativos, no hay ninguna orden de no contacto registrada y el estudiante está inscrito.</translation>
    </message>
    <message>
        <source>✗ Not on record: nothing can be issued</source>
        <translation>✗ No registrado: no se puede emitir nada</translation>
    </message>
    <message>
        <source>Press &quot;Record the refusal&quot; to write it to the record. This verification then ends and no key is issued.</source>
        <translation>Pulse «Registrar el rechazo» para dejarlo registrado. Esta verificación termina entonces y no se emite ninguna clave.</translation>
    </message>
    <message>
        <source>Nothing is recorded for this visit and no key is issued. Press Finish to close.</source>
        <translation>No se registra nada de esta visita ni se emite ninguna clave. Pulse Finalizar para cerrar.</translation>
    </message>
</context>
<context>
    <name>gd::ExportLogDialog</name>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV para Excel (.csv)</translation>
    </message>
    <message>
        <source>JSON (.json)</source>
        <translation>JSON (.json)</translation>
    </message>
    <message>
        <source>PDF report with charts (.pdf)</source>
        <translation>Informe PDF con gráficos (.pdf)</translation>
    </message>
    <message>
        <source>Verified and refused</source>
        <translation>Verificados y rechazados</translation>
    </message>
    <message>
        <source>Verified only</source>
        <translation>Solo verificados</translation>
    </message>
    <message>
        <source>Refused only</source>
        <translation>Solo rechazados</translation>
    </message>
    <message>
        <source>Every method</source>
        <translation>Todos los métodos</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>By mail</source>
        <translation>Por correo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the verification log</source>
        <translation>Exportar el registro de verificaciones</translation>
    </message>
    <message>
        <source>E&amp;xport log…</source>
        <translation>E&amp;xportar registro…</translation>
    </message>
    <message>
        <source>Export the verification log (CSV for Excel, JSON or a PDF report), signed by this kiosk</source>
        <translation>Exportar el registro de verificaciones (CSV para Excel, JSON o un informe PDF), firmado por este quiosco</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancelar exportación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>%1 of %2 verifications</source>
        <translation>%1 de %2 verificaciones</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was saved.</source>
        <translation>Se canceló la exportación; no se guardó ningún archivo.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n verification(s) to %1. The signature is in %2.</source>
        <translation>
            <numerusform>Se exportó %n verificación a %1. La firma está en %2.</numerusform>
            <numerusform>Se exportaron %n verificaciones a %1. La firma está en %2.</numerusform>
        </translation>
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
    <name>gd::IdDocumentPage</name>
    <message>
        <source>The expiry date printed on the ID, typed as %1.</source>
        <translation>La fecha de vencimiento impresa en la identificación, escrita como %1.</translation>
    </message>
    <message>
        <source>Hold the ID in your hand. Type the name exactly as printed on it.</source>
        <translation>Tenga la identificación en la mano. Escriba el nombre tal como aparece impreso en ella.</translation>
    </message>
    <message>
        <source>Ask the adult to hold the ID close to the camera. Type the name exactly as printed on it.</source>
        <translation>Pida al adulto que acerque la identificación a la cámara. Escriba el nombre tal como aparece impreso en ella.</translation>
    </message>
    <message>
        <source>Type the date as %1.</source>
        <translation>Escriba la fecha como %1.</translation>
    </message>
    <message>
        <source>Expired on %1. The next page says what can be done.</source>
        <translation>Venció el %1. La página siguiente indica qué se puede hacer.</translation>
    </message>
    <message>
        <source>Expires on %1.</source>
        <translation>Vence el %1.</translation>
    </message>
    <message>
        <source>Scanned from the barcode</source>
        <translation>Leída del código de barras</translation>
    </message>
    <message>
        <source>Typed by staff</source>
        <translation>Escrita por el personal</translation>
    </message>
    <message>
        <source>Scan the ID from a picture</source>
        <translation>Escanear la identificación desde una imagen</translation>
    </message>
    <message>
        <source>Filled from the card&apos;s barcode. Compare the fields with the card: they can still be changed.</source>
        <translation>Llenado con el código de barras de la tarjeta. Compare los campos con la tarjeta: todavía se pueden cambiar.</translation>
    </message>
    <message>
        <source>This card expired on %1.</source>
        <translation>Esta tarjeta venció el %1.</translation>
    </message>
    <message>
        <source>The name on the card differs from the record: %1</source>
        <translation>El nombre de la tarjeta es distinto del registro: %1</translation>
    </message>
    <message>
        <source>The name could not be compared with the record: %1</source>
        <translation>No se pudo comparar el nombre con el registro: %1</translation>
    </message>
    <message>
        <source>The card says its name was shortened to fit the barcode: compare it with the name printed on the card.</source>
        <translation>La tarjeta indica que su nombre se acortó para caber en el código de barras: compárelo con el nombre impreso en la tarjeta.</translation>
    </message>
    <message>
        <source>Use the copy of the ID that came back with the signed request to mail the key. Type the name exactly as printed on it.</source>
        <translation>Use la copia de la identificación que llegó con la solicitud firmada para enviar la clave por correo. Escriba el nombre tal como aparece impreso en ella.</translation>
    </message>
</context>
<context>
    <name>gd::ImageFileDialog</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
</context>
<context>
    <name>gd::KeysIssuedPage</name>
    <message numerus="yes">
        <source>✓ %n key(s) issued</source>
        <translation>
            <numerusform>✓ %n clave emitida</numerusform>
            <numerusform>✓ %n claves emitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Letter no. %1 is printing. Mail it only to the address on record.</source>
        <translation>La carta n.º %1 se está imprimiendo. Envíela por correo solo a la dirección registrada.</translation>
    </message>
    <message>
        <source>Letter no. %1 is printing. Hand it to this adult in person; never read the keys out or send them by phone, e-mail or fax.</source>
        <translation>La carta n.º %1 se está imprimiendo. Entréguela a este adulto en persona; nunca lea las claves en voz alta ni las envíe por teléfono, correo electrónico o fax.</translation>
    </message>
    <message>
        <source>Letter no. %1 is queued for the letter printer and will be mailed to the address on record.</source>
        <translation>La carta n.º %1 está en la cola de la impresora de cartas y se enviará por correo a la dirección registrada.</translation>
    </message>
    <message>
        <source>Letter no. %1 is queued for the letter printer. Hand it only to this adult, in person.</source>
        <translation>La carta n.º %1 está en la cola de la impresora de cartas. Entréguela solo a este adulto, en persona.</translation>
    </message>
</context>
<context>
    <name>gd::KeysPage</name>
    <message>
        <source>&amp;Issue keys</source>
        <translation>E&amp;mitir claves</translation>
    </message>
    <message>
        <source>No mailing address is on record: the letter can only be handed over in person.</source>
        <translation>No hay ninguna dirección postal registrada: la carta solo se puede entregar en persona.</translation>
    </message>
    <message>
        <source>Never by phone, e-mail or fax.</source>
        <translation>Nunca por teléfono, correo electrónico o fax.</translation>
    </message>
    <message>
        <source>Printing at the counter is not set up on this kiosk: the letter goes to the letter printer&apos;s queue.</source>
        <translation>La impresión en el mostrador no está configurada en este quiosco: la carta va a la cola de la impresora de cartas.</translation>
    </message>
    <message>
        <source>No mailing address is in school records, and a key asked for by mail goes only by mail. Ask the school to update the adult&apos;s address, then verify again.</source>
        <translation>No hay una dirección postal en los registros de la escuela, y una clave solicitada por correo solo se envía por correo. Pida a la escuela que actualice la dirección del adulto y vuelva a verificar.</translation>
    </message>
    <message>
        <source>A key asked for by mail goes only to the address in school records.</source>
        <translation>Una clave solicitada por correo solo se envía a la dirección que figura en los registros de la escuela.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) who get a key</source>
        <translation>
            <numerusform>%n hijo o hija recibe una clave</numerusform>
            <numerusform>%n hijos reciben una clave</numerusform>
        </translation>
    </message>
    <message>
        <source>No key this visit:</source>
        <translation>Sin clave en esta visita:</translation>
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
    <message>
        <source>GuardianDesk</source>
        <translation>GuardianDesk</translation>
    </message>
</context>
<context>
    <name>gd::LetterQueueDialog</name>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>No letter is waiting to be printed.</source>
        <translation>No hay ninguna carta pendiente de imprimir.</translation>
    </message>
    <message>
        <source>No letter has been printed on this kiosk yet.</source>
        <translation>Todavía no se ha impreso ninguna carta en este quiosco.</translation>
    </message>
    <message>
        <source>No letter has been voided.</source>
        <translation>No se ha anulado ninguna carta.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) waiting</source>
        <translation>
            <numerusform>%n carta en espera</numerusform>
            <numerusform>%n cartas en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n carta</numerusform>
            <numerusform>%n cartas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to void</source>
        <translation>
            <numerusform>%n por anular</numerusform>
            <numerusform>%n por anular</numerusform>
        </translation>
    </message>
    <message>
        <source>A letter prints once. To print it again, the front desk reissues the keys.</source>
        <translation>Una carta se imprime una sola vez. Para imprimirla de nuevo, recepción vuelve a emitir las claves.</translation>
    </message>
    <message>
        <source>Select the letters to print (arrow keys, Shift or Ctrl+A), then press Return.</source>
        <translation>Seleccione las cartas que desea imprimir (teclas de flecha, Mayús o Ctrl+A) y luego pulse Intro.</translation>
    </message>
    <message>
        <source>No letter in the queue can be printed.</source>
        <translation>Ninguna carta de la cola se puede imprimir.</translation>
    </message>
    <message>
        <source>Letter %1 for %2</source>
        <translation>Carta %1 para %2</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Carta %1</translation>
    </message>
    <message>
        <source>GuardianDesk letters</source>
        <translation>Cartas de GuardianDesk</translation>
    </message>
    <message numerus="yes">
        <source>Print %n letter(s)</source>
        <translation>
            <numerusform>Imprimir %n carta</numerusform>
            <numerusform>Imprimir %n cartas</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters print on paper, never to a file: choose a printer.</source>
        <translation>Las cartas se imprimen en papel, nunca en un archivo: elija una impresora.</translation>
    </message>
    <message>
        <source>No printer is available.</source>
        <translation>No hay ninguna impresora disponible.</translation>
    </message>
    <message>
        <source>Printing letter 1 of %1</source>
        <translation>Imprimiendo la carta 1 de %1</translation>
    </message>
    <message>
        <source>Printing letter %1 of %2</source>
        <translation>Imprimiendo la carta %1 de %2</translation>
    </message>
    <message>
        <source>Stopping after this letter…</source>
        <translation>La impresión se detendrá después de esta carta…</translation>
    </message>
    <message>
        <source>%1: printed.</source>
        <translation>%1: impresa.</translation>
    </message>
    <message>
        <source>%1: NOT printed.</source>
        <translation>%1: NO impresa.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) printed.</source>
        <translation>
            <numerusform>%n carta impresa.</numerusform>
            <numerusform>%n cartas impresas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) not printed: see why below.</source>
        <translation>
            <numerusform>%n carta sin imprimir: vea el motivo abajo.</numerusform>
            <numerusform>%n cartas sin imprimir: vea los motivos abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Letters marked printed cannot print again: if their pages did not come out, void them under &quot;Printed&quot; and reissue them at the front desk.</source>
        <translation>Las cartas marcadas como impresas no se pueden volver a imprimir: si sus páginas no salieron, anúlelas en «Impresas» y vuelva a emitirlas en recepción.</translation>
    </message>
    <message>
        <source>Take the pages from the printer and check each one; void a damaged letter under &quot;Printed&quot;.</source>
        <translation>Retire las páginas de la impresora y revise cada una; anule en «Impresas» cualquier carta dañada.</translation>
    </message>
    <message>
        <source>Void one letter at a time: each needs its own reason.</source>
        <translation>Anule las cartas de una en una: cada una necesita su propio motivo.</translation>
    </message>
    <message>
        <source>Choose the letter to void.</source>
        <translation>Elija la carta que desea anular.</translation>
    </message>
    <message>
        <source>Revoke the keys?</source>
        <translation>¿Revocar las claves?</translation>
    </message>
    <message>
        <source>The keys on letter %1 for %2 will be revoked: they stop working at once, and this cannot be undone. The adult gets new keys only by being verified again at the front desk.

Void the letter?</source>
        <translation>Las claves de la carta %1 para %2 se revocarán: dejarán de funcionar de inmediato y esto no se puede deshacer. El adulto solo obtiene claves nuevas si se le vuelve a verificar en recepción.

¿Anular la carta?</translation>
    </message>
    <message>
        <source>Letter %1 is void; its keys are revoked.</source>
        <translation>La carta %1 quedó anulada; sus claves quedaron revocadas.</translation>
    </message>
    <message>
        <source>Preview (keys hidden)</source>
        <translation>Vista previa (claves ocultas)</translation>
    </message>
    <message>
        <source>Letter preview with the keys hidden</source>
        <translation>Vista previa de la carta con las claves ocultas</translation>
    </message>
    <message>
        <source>Every key is drawn as dots here; the printed letter carries the keys.</source>
        <translation>Aquí cada clave aparece como puntos; la carta impresa lleva las claves.</translation>
    </message>
    <message>
        <source>Pages of the letter</source>
        <translation>Páginas de la carta</translation>
    </message>
    <message>
        <source>Letter page</source>
        <translation>Página de la carta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Cerrar la vista previa</translation>
    </message>
    <message>
        <source>You may look at the queue and void letters, but not print them: only letter printers print letters.</source>
        <translation>Puede ver la cola y anular cartas, pero no imprimirlas: solo quienes imprimen cartas las imprimen.</translation>
    </message>
    <message>
        <source>Read only: only letter printers print letters from the queue.</source>
        <translation>Solo lectura: solo quienes imprimen cartas imprimen las cartas de la cola.</translation>
    </message>
    <message>
        <source>Newer letters cover every child on the selected letters. Void them so they leave the queue.</source>
        <translation>Cartas más recientes cubren a todos los niños de las cartas seleccionadas. Anúlelas para que salgan de la cola.</translation>
    </message>
    <message>
        <source>Void the letter?</source>
        <translation>¿Anular la carta?</translation>
    </message>
    <message>
        <source>Letter %1 for %2 will not be printed: it leaves the queue. No key was made for it yet; the adult gets keys only by being verified again at the front desk.

Void the letter?</source>
        <translation>La carta %1 para %2 no se imprimirá: sale de la cola. Todavía no se creó ninguna clave para ella; el adulto recibe claves solo si lo verifican de nuevo en la recepción.

¿Anular la carta?</translation>
    </message>
    <message>
        <source>Letter %1 is void.</source>
        <translation>La carta %1 está anulada.</translation>
    </message>
</context>
<context>
    <name>gd::LetterQueueModel</name>
    <message>
        <source>%1 (printed in English)</source>
        <extracomment>A letter&apos;s language column: the adult&apos;s language has no letter text, %1 is its code.</extracomment>
        <translation>%1 (impresa en inglés)</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>By mail</source>
        <translation>Por correo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Letter %1 for %2, children: %3. %4, %5. %6.</source>
        <translation>Carta %1 para %2, estudiantes: %3. %4, %5. %6.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <source>REPLACED: void this letter</source>
        <extracomment>Every child on this queued letter is on a newer letter now: it must not be printed.</extracomment>
        <translation>REEMPLAZADA: anule esta carta</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) to print</source>
        <extracomment>A queued letter holds no key: the keys are made when it prints.</extracomment>
        <translation>
            <numerusform>%n clave por imprimir</numerusform>
            <numerusform>%n claves por imprimir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced by a newer letter</source>
        <translation>
            <numerusform>%n reemplazada por una carta más reciente</numerusform>
            <numerusform>%n reemplazadas por una carta más reciente</numerusform>
        </translation>
    </message>
    <message>
        <source>A newer letter covers every child on this one. It cannot be printed: void it so it leaves the queue.</source>
        <translation>Una carta más reciente cubre a todos los niños de esta. No se puede imprimir: anúlela para que salga de la cola.</translation>
    </message>
</context>
<context>
    <name>gd::LockScreen</name>
    <message>
        <source>What happened when the kiosk locked</source>
        <translation>Qué pasó cuando el quiosco se bloqueó</translation>
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
    <message>
        <source>Open the letter queue</source>
        <translation>Abrir la cola de cartas</translation>
    </message>
    <message>
        <source>GuardianDesk</source>
        <translation>GuardianDesk</translation>
    </message>
    <message>
        <source>GuardianDesk — %1</source>
        <translation>GuardianDesk — %1</translation>
    </message>
    <message>
        <source>Quit GuardianDesk</source>
        <translation>Salir de GuardianDesk</translation>
    </message>
    <message>
        <source>Sign in to close GuardianDesk.</source>
        <translation>Inicie sesión para cerrar GuardianDesk.</translation>
    </message>
    <message>
        <source>In kiosk mode only an administrator quits GuardianDesk (Ctrl+Q).</source>
        <translation>En modo quiosco solo un administrador sale de GuardianDesk (Ctrl+Q).</translation>
    </message>
    <message>
        <source>Q&amp;uit</source>
        <translation>Sal&amp;ir</translation>
    </message>
    <message>
        <source>The kiosk will lock</source>
        <translation>El quiosco se va a bloquear</translation>
    </message>
    <message numerus="yes">
        <source>The kiosk locks in %n second(s) without activity, and this verification will be discarded. Press any key or move the mouse to keep working.</source>
        <translation>
            <numerusform>El quiosco se bloquea en %n segundo sin actividad y esta verificación se descartará. Pulse cualquier tecla o mueva el ratón para seguir trabajando.</numerusform>
            <numerusform>El quiosco se bloquea en %n segundos sin actividad y esta verificación se descartará. Pulse cualquier tecla o mueva el ratón para seguir trabajando.</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk locked itself after a time without activity. The verification that was open was discarded: nothing more was recorded for it. Start it again after signing in.</source>
        <translation>El quiosco se bloqueó tras un tiempo sin actividad. La verificación que estaba abierta se descartó: no se registró nada más de ella. Vuelva a empezarla después de iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>gd::MethodPage</name>
    <message numerus="yes">
        <source>The adult shows the photo ID on camera and answers security questions: %n must be answered correctly.</source>
        <translation>
            <numerusform>El adulto muestra la identificación con foto ante la cámara y responde preguntas de seguridad: debe responder bien al menos %n.</numerusform>
            <numerusform>El adulto muestra la identificación con foto ante la cámara y responde preguntas de seguridad: debe responder bien al menos %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::OutcomePage</name>
    <message>
        <source>✓ Correct: %1</source>
        <translation>✓ Correcta: %1</translation>
    </message>
    <message>
        <source>✗ Not correct: %1</source>
        <translation>✗ Incorrecta: %1</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Verificado</translation>
    </message>
    <message>
        <source>%1 is verified for %2. Method: %3.</source>
        <extracomment>%1 = the adult&apos;s name, %2 = the student&apos;s name, %3 = how (In person, Video call...).</extracomment>
        <translation>%1 queda verificado para %2. Método: %3.</translation>
    </message>
    <message>
        <source>The verification is recorded. Press Next to issue the access keys.</source>
        <translation>La verificación quedó registrada. Pulse Siguiente para emitir las claves de acceso.</translation>
    </message>
    <message>
        <source>The refusal is recorded. No key is issued. Press Finish to close.</source>
        <translation>El rechazo quedó registrado. No se emite ninguna clave. Pulse Finalizar para cerrar.</translation>
    </message>
</context>
<context>
    <name>gd::ReturnedFormLookup</name>
    <message>
        <source>This is the barcode of a driver&apos;s licence or ID card, not of a returned form. Scan the ID on the ID page of a verification.</source>
        <translation>Este es el código de barras de una licencia de conducir o tarjeta de identificación, no de un formulario devuelto. Escanee la identificación en la página de identificación de una verificación.</translation>
    </message>
    <message>
        <source>This form was not issued at this kiosk, or its record is gone: no case is known for it. Look the student up by name instead.</source>
        <translation>Este formulario no se emitió en este quiosco, o su registro ya no existe: no se conoce ningún caso para él. Busque al estudiante por su nombre.</translation>
    </message>
    <message>
        <source>This barcode is not from a GuardianDesk form. Scan the square code at the top of a returned request to mail the key or Parent Access Request form.</source>
        <translation>Este código de barras no es de un formulario de GuardianDesk. Escanee el código cuadrado de la parte superior de una solicitud devuelta para enviar la clave por correo o de un formulario de solicitud de acceso para padres.</translation>
    </message>
</context>
<context>
    <name>gd::ReturnedFormScan</name>
    <message>
        <source>S&amp;can returned form…</source>
        <translation>Escanear formulario &amp;devuelto…</translation>
    </message>
    <message>
        <source>Scan a returned form from a picture</source>
        <translation>Escanear un formulario devuelto desde una imagen</translation>
    </message>
    <message>
        <source>Parent Access Request form</source>
        <translation>solicitud de acceso para padres</translation>
    </message>
    <message>
        <source>Returned %1, issued on %2 with no student named: look the student up by the names written on it.</source>
        <translation>Formulario devuelto (%1), emitido el %2 sin ningún estudiante: busque al estudiante por los nombres escritos en él.</translation>
    </message>
    <message>
        <source>The student of this %1 is no longer on the roster.</source>
        <translation>El estudiante de este formulario (%1) ya no está en la lista.</translation>
    </message>
    <message>
        <source>Returned %1, issued on %2 for %3: verify the adult with the copy of the ID that came with it.</source>
        <translation>Formulario devuelto (%1), emitido el %2 para %3: verifique al adulto con la copia de la identificación que lo acompaña.</translation>
    </message>
    <message>
        <source>Returned %1, issued on %2: the adult is not on the record yet. Update the student information system from the form.</source>
        <translation>Formulario devuelto (%1), emitido el %2: el adulto todavía no está registrado. Actualice el sistema de información estudiantil con el formulario.</translation>
    </message>
    <message>
        <source>Scan a returned form</source>
        <translation>Escanear un formulario devuelto</translation>
    </message>
    <message>
        <source>Open the case of a returned request to mail the key or Parent Access Request form from a picture of it, or scan its code with the barcode scanner at any time.</source>
        <translation>Abrir el caso de una solicitud devuelta para enviar la clave por correo o de un formulario de solicitud de acceso para padres desde una imagen, o escanear su código con el lector de códigos de barras en cualquier momento.</translation>
    </message>
    <message>
        <source>request to mail the key</source>
        <translation>solicitud para enviar la clave por correo</translation>
    </message>
</context>
<context>
    <name>gd::ScanImageFile</name>
    <message>
        <source>The file %1 was not found.</source>
        <translation>No se encontró el archivo %1.</translation>
    </message>
    <message>
        <source>%1 could not be opened as a picture (%2). Choose a PNG or JPEG scan or photo.</source>
        <translation>No se pudo abrir %1 como imagen (%2). Elija un escaneo o una foto en PNG o JPEG.</translation>
    </message>
</context>
<context>
    <name>gd::SecurityQuestionsPage</name>
    <message>
        <source>Type what the adult says. Leave it blank if you did not ask.</source>
        <translation>Escriba lo que responde el adulto. Déjela en blanco si no la preguntó.</translation>
    </message>
    <message numerus="yes">
        <source>Video call: ask at least %n of these questions and type what the adult says. Leave a question blank if you did not ask it.</source>
        <translation>
            <numerusform>Videollamada: haga al menos %n de estas preguntas y escriba lo que responde el adulto. Deje en blanco las preguntas que no haga.</numerusform>
            <numerusform>Videollamada: haga al menos %n de estas preguntas y escriba lo que responde el adulto. Deje en blanco las preguntas que no haga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional in person: you may ask some of these questions, for example when the photo on the ID is unclear. Leave them all blank to go on without questions.</source>
        <translation>Opcional en persona: puede hacer algunas de estas preguntas, por ejemplo si la foto de la identificación no es clara. Déjelas todas en blanco para continuar sin preguntas.</translation>
    </message>
    <message numerus="yes">
        <source>The student&apos;s record can answer only %n question(s), and a video verification needs %1. Verify this adult in person instead.</source>
        <translation>
            <numerusform>El registro del estudiante solo puede responder %n pregunta, y una verificación por video necesita %1. Verifique a este adulto en persona.</numerusform>
            <numerusform>El registro del estudiante solo puede responder %n preguntas, y una verificación por video necesita %1. Verifique a este adulto en persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>The student&apos;s record holds nothing to ask about. Go on without questions.</source>
        <translation>El registro del estudiante no tiene datos sobre los que preguntar. Continúe sin preguntas.</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) typed; at least %1 needed.</source>
        <translation>
            <numerusform>%n respuesta escrita; se necesitan al menos %1.</numerusform>
            <numerusform>%n respuestas escritas; se necesitan al menos %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) typed.</source>
        <translation>
            <numerusform>%n respuesta escrita.</numerusform>
            <numerusform>%n respuestas escritas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::StudentAdultPage</name>
    <message>
        <source>Not on the student&apos;s record</source>
        <translation>No figura en el registro del estudiante</translation>
    </message>
    <message>
        <source>Only an adult on the student&apos;s record can be verified. The next page explains what this adult can do.</source>
        <translation>Solo se puede verificar a un adulto que figure en el registro del estudiante. La página siguiente explica lo que este adulto puede hacer.</translation>
    </message>
    <message>
        <source>⚠ NO-CONTACT ORDER on record for this adult. Do not share any information about the student. The next page records the refusal.</source>
        <translation>⚠ ORDEN DE NO CONTACTO registrada para este adulto. No comparta ninguna información sobre el estudiante. La página siguiente registra el rechazo.</translation>
    </message>
    <message>
        <source>Inactive student: no portal key can be issued for this student.</source>
        <translation>Estudiante inactivo: no se puede emitir ninguna clave del portal para este estudiante.</translation>
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
    <message>
        <source>Click, or press Enter, for the sync status (Ctrl+Shift+S).</source>
        <translation>Haga clic o pulse Intro para ver el estado de la sincronización (Ctrl+Mayús+S).</translation>
    </message>
</context>
<context>
    <name>gd::SyncStatusDialog</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>District&apos;s message</source>
        <translation>Mensaje del distrito</translation>
    </message>
    <message>
        <source>Sync is not configured: no district server is set. An administrator sets district.server_url; until then every event waits here, none is lost.</source>
        <translation>La sincronización no está configurada: no hay ningún servidor del distrito. Un administrador configura district.server_url; hasta entonces todos los eventos esperan aquí y no se pierde ninguno.</translation>
    </message>
    <message>
        <source>A sync with the district server is under way.</source>
        <translation>Hay una sincronización con el servidor del distrito en curso.</translation>
    </message>
    <message>
        <source>The last sync did not finish; the kiosk tries again by itself.</source>
        <translation>La última sincronización no terminó; el quiosco vuelve a intentarlo por sí solo.</translation>
    </message>
    <message>
        <source>In step with the district server.</source>
        <translation>Al día con el servidor del distrito.</translation>
    </message>
    <message>
        <source>Configured, not yet synced.</source>
        <translation>Configurado, aún sin sincronizar.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s); they stay here until an administrator sends them again.</source>
        <translation>
            <numerusform>%n evento; se queda aquí hasta que un administrador lo reenvíe.</numerusform>
            <numerusform>%n eventos; se quedan aquí hasta que un administrador los reenvíe.</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Syncing… %1</source>
        <translation>Sincronizando… %1</translation>
    </message>
    <message>
        <source>Not configured: no district server is set.</source>
        <translation>Sin configurar: no hay ningún servidor del distrito.</translation>
    </message>
    <message>
        <source>A sync is under way.</source>
        <translation>Hay una sincronización en curso.</translation>
    </message>
    <message>
        <source>Only an administrator can send failed events again: ask one to sign in.</source>
        <translation>Solo un administrador puede reenviar los eventos fallidos: pida a uno que inicie sesión.</translation>
    </message>
    <message>
        <source>No event has failed, so there is nothing to send again.</source>
        <translation>Ningún evento ha fallado, así que no hay nada que reenviar.</translation>
    </message>
    <message>
        <source>None: sync is not configured.</source>
        <translation>Ninguno: la sincronización no está configurada.</translation>
    </message>
    <message>
        <source>Now: a sync is under way.</source>
        <translation>Ahora: hay una sincronización en curso.</translation>
    </message>
    <message>
        <source>None until the problem above is fixed.</source>
        <translation>Ninguno hasta que se resuelva el problema indicado arriba.</translation>
    </message>
    <message>
        <source>Due now.</source>
        <translation>Toca ahora.</translation>
    </message>
    <message>
        <source>%1, after the last failure (the wait grows with each failure in a row).</source>
        <translation>%1, tras el último fallo (la espera aumenta con cada fallo seguido).</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Aún sin medir.</translation>
    </message>
    <message>
        <source>Within two minutes of the district server.</source>
        <translation>A menos de dos minutos del servidor del distrito.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the district server&apos;s: ask for it to be set right.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n minuto por detrás del del servidor del distrito: pida que lo ajusten.</numerusform>
            <numerusform>El reloj de este equipo va %n minutos por detrás del del servidor del distrito: pida que lo ajusten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the district server&apos;s: ask for it to be set right.</source>
        <translation>
            <numerusform>El reloj de este equipo va %n minuto por delante del del servidor del distrito: pida que lo ajusten.</numerusform>
            <numerusform>El reloj de este equipo va %n minutos por delante del del servidor del distrito: pida que lo ajusten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled: the district knows this kiosk&apos;s signing key.</source>
        <translation>Registrado: el distrito conoce la clave de firma de este quiosco.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Not possible yet: %1</source>
        <translation>Aún no es posible: %1</translation>
    </message>
    <message>
        <source>Not yet enrolled (the first sync does it).</source>
        <translation>Aún sin registrar (lo hace la primera sincronización).</translation>
    </message>
    <message>
        <source>A sync is already under way.</source>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message>
        <source>Sync is not configured: no district server is set.</source>
        <translation>La sincronización no está configurada: no hay ningún servidor del distrito.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed event(s) will be sent again with the next sync.</source>
        <translation>
            <numerusform>%n evento fallido se reenviará con la próxima sincronización.</numerusform>
            <numerusform>%n eventos fallidos se reenviarán con la próxima sincronización.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::SyncStatusLauncher</name>
    <message>
        <source>District sync status</source>
        <translation>Estado de la sincronización con el distrito</translation>
    </message>
</context>
<context>
    <name>gd::VerificationSession</name>
    <message>
        <source>Choose an adult on the student&apos;s record first.</source>
        <translation>Primero elija a un adulto que figure en el registro del estudiante.</translation>
    </message>
    <message>
        <source>This adult is not on record: give them the Parent Access Request form. Nothing is recorded.</source>
        <translation>Este adulto no está registrado: entréguele el formulario de solicitud de acceso para padres. No se registra nada.</translation>
    </message>
    <message>
        <source>Keys are issued only after the adult is verified.</source>
        <translation>Las claves solo se emiten después de verificar al adulto.</translation>
    </message>
    <message>
        <source>The letter did not print: %1
No key was issued. Print it again, or choose to queue the letter for the letter printer.</source>
        <translation>La carta no se imprimió: %1
No se emitió ninguna clave. Imprímala de nuevo, o elija dejarla en la cola para quien imprime las cartas.</translation>
    </message>
</context>
<context>
    <name>gd::VerificationWizard</name>
    <message>
        <source>Verify an adult</source>
        <translation>Verificar a un adulto</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Cancel the verification</source>
        <translation>Cancelar la verificación</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Record and go on</source>
        <translation>Registrar y continuar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>The adult is verified, but no key has been issued yet. Stop without issuing keys? The adult must then be verified again.</source>
        <translation>El adulto está verificado, pero todavía no se ha emitido ninguna clave. ¿Detener sin emitir claves? Entonces habrá que verificar al adulto otra vez.</translation>
    </message>
    <message>
        <source>Stop this verification? Nothing has been recorded for this visit yet.</source>
        <translation>¿Detener esta verificación? Todavía no se ha registrado nada de esta visita.</translation>
    </message>
    <message>
        <source>Stop the verification?</source>
        <translation>¿Detener la verificación?</translation>
    </message>
</context>
<context>
    <name>gd::VoidLetterDialog</name>
    <message>
        <source>Void letter %1</source>
        <translation>Anular la carta %1</translation>
    </message>
    <message>
        <source>For %1.</source>
        <translation>Para %1.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::WizardText</name>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Driver&apos;s license</source>
        <translation>Licencia de conducir</translation>
    </message>
    <message>
        <source>State ID card</source>
        <translation>Tarjeta de identificación estatal</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>Passport card</source>
        <translation>Tarjeta de pasaporte</translation>
    </message>
    <message>
        <source>Consular ID (matrícula consular)</source>
        <translation>Matrícula consular</translation>
    </message>
    <message>
        <source>IDNYC</source>
        <translation>IDNYC</translation>
    </message>
    <message>
        <source>Military ID</source>
        <translation>Identificación militar</translation>
    </message>
    <message>
        <source>Permanent resident card</source>
        <translation>Tarjeta de residente permanente</translation>
    </message>
    <message>
        <source>Tribal ID</source>
        <translation>Identificación tribal</translation>
    </message>
    <message>
        <source>Other (describe it)</source>
        <translation>Otra (descríbala)</translation>
    </message>
    <message>
        <source>What is the student&apos;s date of birth?</source>
        <translation>¿Cuál es la fecha de nacimiento del estudiante?</translation>
    </message>
    <message>
        <source>What is the student&apos;s first name?</source>
        <translation>¿Cuál es el nombre del estudiante?</translation>
    </message>
    <message>
        <source>What is the student&apos;s last name?</source>
        <translation>¿Cuál es el apellido del estudiante?</translation>
    </message>
    <message>
        <source>What grade is the student in?</source>
        <translation>¿En qué grado está el estudiante?</translation>
    </message>
    <message>
        <source>What is your home address?</source>
        <translation>¿Cuál es su domicilio?</translation>
    </message>
    <message>
        <source>What is your phone number?</source>
        <translation>¿Cuál es su número de teléfono?</translation>
    </message>
    <message>
        <source>Who is the student&apos;s emergency contact?</source>
        <translation>¿Quién es el contacto de emergencia del estudiante?</translation>
    </message>
    <message>
        <source>Refused: the ID has expired</source>
        <translation>Rechazado: la identificación está vencida</translation>
    </message>
    <message>
        <source>Refused: the name on the ID does not match the record</source>
        <translation>Rechazado: el nombre de la identificación no coincide con el registro</translation>
    </message>
    <message>
        <source>Refused: this adult cannot get portal access for this student</source>
        <translation>Rechazado: este adulto no puede obtener acceso al portal para este estudiante</translation>
    </message>
    <message>
        <source>Refused: refer the adult to the school office</source>
        <translation>Rechazado: envíe al adulto a la oficina de la escuela</translation>
    </message>
    <message>
        <source>Refused: not enough security questions answered correctly</source>
        <translation>Rechazado: no respondió bien suficientes preguntas de seguridad</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>matches the record</source>
        <translation>coincide con el registro</translation>
    </message>
    <message>
        <source>differs from the record (accepted with a reason)</source>
        <translation>difiere del registro (aceptado con un motivo)</translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <extracomment>How a date is typed: month, day, year. Translate the letters, keep the order and slashes.</extracomment>
        <translation>MM/DD/AAAA</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <extracomment>How a date is typed: day, month, year. Translate the letters, keep the order and slashes.</extracomment>
        <translation>DD/MM/AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>How a date is typed: year, month, day. Translate the letters, keep the order and hyphens.</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Key by mail (returned request form)</source>
        <translation>Clave por correo (formulario de solicitud devuelto)</translation>
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
    <message>
        <source>Kiosk mode: full screen, no window decorations, only an administrator quits (also the kiosk.full_screen setting).</source>
        <translation>Modo quiosco: pantalla completa, sin bordes de ventana, solo un administrador sale (también el ajuste kiosk.full_screen).</translation>
    </message>
    <message>
        <source>GuardianDesk already runs on this database; its window was brought to the front.</source>
        <translation>GuardianDesk ya se está ejecutando con esta base de datos; su ventana pasó al frente.</translation>
    </message>
</context>
</TS>
