<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Address</name>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>Check in for your appointment</source>
        <translation>Für Ihren Termin anmelden</translation>
    </message>
    <message>
        <source>Hold the QR code of your appointment confirmation under the scanner, or type the code from the confirmation (for example 100044-57c2).</source>
        <translation>Halten Sie den QR-Code Ihrer Terminbestätigung unter den Scanner oder tippen Sie den Code aus der Bestätigung ein (zum Beispiel 100044-57c2).</translation>
    </message>
    <message>
        <source>Code from your confirmation</source>
        <translation>Code aus Ihrer Bestätigung</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>One moment, please …</source>
        <translation>Einen Moment bitte …</translation>
    </message>
    <message>
        <source>No appointment: take a waiting ticket</source>
        <translation>Ohne Termin: Wartenummer ziehen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Which service do you need? You will get a waiting ticket.</source>
        <translation>Welche Leistung brauchen Sie? Sie bekommen eine Wartenummer.</translation>
    </message>
    <message>
        <source>Your ticket is being printed.</source>
        <translation>Ihre Wartemarke wird gedruckt.</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer.</source>
        <translation>Bitte nehmen Sie Ihre Wartemarke aus dem Drucker.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number.</source>
        <translation>Die Wartemarke konnte nicht gedruckt werden. Bitte merken Sie sich Ihre Nummer.</translation>
    </message>
    <message>
        <source>You are checked in. The display may take a few minutes to show it.</source>
        <translation>Sie sind angemeldet. Die Anzeige zeigt es vielleicht erst in einigen Minuten.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Waiting ticket</source>
        <translation>Wartemarke</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ihre Nummer</translation>
    </message>
    <message>
        <source>Counter area: {area}</source>
        <translation>Wartebereich: {area}</translation>
    </message>
    <message>
        <source>Your appointment: {time}</source>
        <translation>Ihr Termin: {time} Uhr</translation>
    </message>
    <message>
        <source>Please wait until your number is called on the screen.</source>
        <translation>Bitte warten Sie, bis Ihre Nummer auf dem Bildschirm aufgerufen wird.</translation>
    </message>
    <message>
        <source>This code does not match any of today&apos;s appointments. Please check it, or take a waiting ticket without an appointment.</source>
        <translation>Dieser Code passt zu keinem Termin von heute. Bitte prüfen Sie ihn oder ziehen Sie eine Wartenummer ohne Termin.</translation>
    </message>
    <message>
        <source>This is not the code of an appointment confirmation. Please check it, or take a waiting ticket without an appointment.</source>
        <translation>Das ist kein Code einer Terminbestätigung. Bitte prüfen Sie ihn oder ziehen Sie eine Wartenummer ohne Termin.</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Please wait until your number is called.</source>
        <translation>Für diesen Termin sind Sie schon angemeldet. Bitte warten Sie, bis Ihre Nummer aufgerufen wird.</translation>
    </message>
    <message>
        <source>Checking in is not possible at the moment. Please take a waiting ticket without an appointment or ask at the counter.</source>
        <translation>Die Anmeldung ist gerade nicht möglich. Bitte ziehen Sie eine Wartenummer ohne Termin oder fragen Sie am Schalter.</translation>
    </message>
</context>
<context>
    <name>Cancel</name>
    <message>
        <source>Cancel the application?</source>
        <translation>Antrag abbrechen?</translation>
    </message>
    <message>
        <source>Everything you entered is deleted, and the terminal starts again for the next person.</source>
        <translation>Alles, was Sie eingegeben haben, wird gelöscht, und das Gerät beginnt neu für die nächste Person.</translation>
    </message>
    <message>
        <source>Yes, cancel and delete</source>
        <translation>Ja, abbrechen und löschen</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translation>Nein, weitermachen</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>The card reader service is not running. Please ask the staff for help.</source>
        <translation>Der Dienst für das Kartenlesegerät läuft nicht. Bitte wenden Sie sich an die Mitarbeitenden.</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff for help.</source>
        <translation>Es ist kein Kartenlesegerät angeschlossen. Bitte wenden Sie sich an die Mitarbeitenden.</translation>
    </message>
    <message>
        <source>No document is lying on the card reader. Please place your ID card or passport on the reader.</source>
        <translation>Auf dem Kartenlesegerät liegt kein Dokument. Bitte legen Sie Ihren Personalausweis oder Reisepass auf das Lesegerät.</translation>
    </message>
    <message>
        <source>The document was removed while it was being read. Please place it on the reader again and leave it there until the form is filled in.</source>
        <translation>Das Dokument wurde während des Lesens entfernt. Bitte legen Sie es wieder auf das Lesegerät und lassen Sie es dort liegen, bis das Formular ausgefüllt ist.</translation>
    </message>
    <message>
        <source>This card is not an ID card, passport or residence permit with a chip. Please type in your details instead.</source>
        <translation>Diese Karte ist kein Personalausweis, Reisepass oder Aufenthaltstitel mit Chip. Bitte geben Sie Ihre Daten stattdessen ein.</translation>
    </message>
    <message>
        <source>The chip did not accept the numbers entered. Please check the card access number or the document number and dates, and try again.</source>
        <translation>Der Chip hat die eingegebenen Nummern nicht angenommen. Bitte prüfen Sie die Zugangsnummer oder die Dokumentennummer und die Daten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The chip of this document is blocked or suspended. Please type in your details, or ask the staff for help.</source>
        <translation>Der Chip dieses Dokuments ist gesperrt oder vorübergehend gesperrt. Bitte geben Sie Ihre Daten ein oder wenden Sie sich an die Mitarbeitenden.</translation>
    </message>
    <message>
        <source>This card reader cannot read this document (it does not support extended-length commands). Please ask the staff for help.</source>
        <translation>Dieses Kartenlesegerät kann dieses Dokument nicht lesen (es unterstützt keine Befehle mit erweiterter Länge). Bitte wenden Sie sich an die Mitarbeitenden.</translation>
    </message>
    <message>
        <source>The document could not be read. Please place it on the reader again, or type in your details.</source>
        <translation>Das Dokument konnte nicht gelesen werden. Bitte legen Sie es erneut auf das Lesegerät oder geben Sie Ihre Daten ein.</translation>
    </message>
    <message>
        <source>The card reader could not read the chip. Please try again, or type in your details. If it happens again, ask the staff at the counter for help.</source>
        <translation>Das Kartenlesegerät konnte den Chip nicht lesen. Bitte versuchen Sie es erneut oder geben Sie Ihre Daten ein. Wenn es wieder passiert, wenden Sie sich bitte an die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>The card reader is not answering. Please type in your details, or ask the staff at the counter for help.</source>
        <translation>Das Kartenlesegerät antwortet nicht. Bitte geben Sie Ihre Daten ein oder wenden Sie sich an die Mitarbeitenden am Schalter.</translation>
    </message>
</context>
<context>
    <name>CardAccessPanel</name>
    <message>
        <source>ID card or residence permit</source>
        <translation>Personalausweis oder Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentennummer</translation>
    </message>
    <message>
        <source>Date of birth (DD.MM.YYYY)</source>
        <translation>Geburtsdatum (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Date of expiry (DD.MM.YYYY)</source>
        <translation>Gültig bis (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Read the chip</source>
        <translation>Chip auslesen</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number. It is printed on the front of your ID card, bottom right.</source>
        <translation>Bitte geben Sie die 6-stellige Zugangsnummer ein. Sie steht auf der Vorderseite Ihres Ausweises unten rechts.</translation>
    </message>
    <message>
        <source>Please enter the document number and the two dates as printed on the photo page of your passport.</source>
        <translation>Bitte geben Sie die Dokumentennummer und die beiden Daten so ein, wie sie auf der Datenseite Ihres Reisepasses stehen.</translation>
    </message>
    <message>
        <source>If your date of birth is printed with XX for the day or month, type XX there too.</source>
        <translation>Steht in Ihrem Geburtsdatum XX für den Tag oder Monat, geben Sie dort ebenfalls XX ein.</translation>
    </message>
    <message>
        <source>The card access number has exactly 6 digits.</source>
        <translation>Die Zugangsnummer hat genau 6 Ziffern.</translation>
    </message>
    <message>
        <source>Please enter the document number (letters and digits).</source>
        <translation>Bitte geben Sie die Dokumentennummer ein (Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <source>Please enter the dates as DD.MM.YYYY, for example 24.03.1985.</source>
        <translation>Bitte geben Sie die Daten als TT.MM.JJJJ ein, zum Beispiel 24.03.1985.</translation>
    </message>
</context>
<context>
    <name>ChipCheck</name>
    <message>
        <source>Chip check (passive authentication): verified. The data read from the chip is signed by the issuing state.</source>
        <translation>Chipprüfung (passive Authentisierung): bestätigt. Die aus dem Chip gelesenen Daten sind vom ausstellenden Staat signiert.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): NOT verified. Please check the identity document in person.</source>
        <translation>Chipprüfung (passive Authentisierung): NICHT bestätigt. Bitte prüfen Sie das Ausweisdokument persönlich.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): not done, this terminal has no CSCA certificates configured. Please check the identity document in person.</source>
        <translation>Chipprüfung (passive Authentisierung): nicht durchgeführt, an diesem Terminal sind keine CSCA-Zertifikate eingerichtet. Bitte prüfen Sie das Ausweisdokument persönlich.</translation>
    </message>
    <message>
        <source>The chip also proved that it is the document&apos;s original chip (chip authentication).</source>
        <translation>Der Chip hat außerdem nachgewiesen, dass er der Originalchip des Dokuments ist (Chip-Authentisierung).</translation>
    </message>
    <message>
        <source>The terminal has no revocation list of the issuing state: a revoked document signer would not have been noticed.</source>
        <translation>Das Terminal hat keine Sperrliste des ausstellenden Staates: Ein gesperrter Document Signer wäre nicht bemerkt worden.</translation>
    </message>
    <message>
        <source>The chip holds no security data (EF.SOD).</source>
        <translation>Der Chip enthält keine Sicherheitsdaten (EF.SOD).</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) could not be read.</source>
        <translation>Die Sicherheitsdaten des Chips (EF.SOD) konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) is damaged.</source>
        <translation>Die Sicherheitsdaten des Chips (EF.SOD) sind beschädigt.</translation>
    </message>
    <message>
        <source>The data read from the chip does not match the chip&apos;s security data.</source>
        <translation>Die aus dem Chip gelesenen Daten stimmen nicht mit den Sicherheitsdaten des Chips überein.</translation>
    </message>
    <message>
        <source>The signature of the chip&apos;s data is not valid.</source>
        <translation>Die Signatur der Chipdaten ist ungültig.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not in the terminal&apos;s store.</source>
        <translation>Das Zertifikat des ausstellenden Staates (CSCA) ist nicht im Zertifikatsspeicher des Terminals.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not valid.</source>
        <translation>Das Zertifikat des ausstellenden Staates (CSCA) ist nicht gültig.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate is not valid today.</source>
        <translation>Das Zertifikat des Document Signers ist heute nicht gültig.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate has been revoked.</source>
        <translation>Das Zertifikat des Document Signers wurde gesperrt.</translation>
    </message>
    <message>
        <source>The terminal cannot check this document&apos;s signature method.</source>
        <translation>Das Terminal kann das Signaturverfahren dieses Dokuments nicht prüfen.</translation>
    </message>
    <message>
        <source>The chip could not prove that it is the document&apos;s original chip (chip authentication).</source>
        <translation>Der Chip konnte nicht nachweisen, dass er der Originalchip des Dokuments ist (Chip-Authentisierung).</translation>
    </message>
    <message>
        <source>The chip&apos;s key for chip authentication (EF.CardSecurity) could not be read.</source>
        <translation>Der Schlüssel des Chips für die Chip-Authentisierung (EF.CardSecurity) konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ChoiceSearch</name>
    <message>
        <source>Type to search the list</source>
        <translation>Tippen Sie, um die Liste zu durchsuchen</translation>
    </message>
    <message>
        <source>{count} more: type more letters to narrow the list</source>
        <translation>{count} weitere: Tippen Sie mehr Buchstaben, um die Liste einzugrenzen</translation>
    </message>
    <message>
        <source>Nothing found: type fewer letters</source>
        <translation>Nichts gefunden: Tippen Sie weniger Buchstaben</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a known key. Known keys here: {known}.</source>
        <translation>In der Formulardefinition {path} ist „{key}“ kein bekannter Schlüssel. Bekannte Schlüssel hier: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a JSON {expected}.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ vom JSON-Typ {expected} sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is missing. Add it.</source>
        <translation>In der Formulardefinition {path} fehlt „{key}“. Ergänzen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>In der Formulardefinition {path} darf „{key}“ nur Kleinbuchstaben, Ziffern, „_“ oder „-“ enthalten und muss mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, the id at &apos;{key}&apos; is used twice. Give each one its own id.</source>
        <translation>In der Formulardefinition {path} wird die ID bei „{key}“ doppelt verwendet. Geben Sie jedem Eintrag eine eigene ID.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at least {low}.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ mindestens {low} sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must equal the file name without &apos;.json&apos;.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ dem Dateinamen ohne „.json“ entsprechen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a three-letter currency code such as EUR.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ ein dreistelliger Währungscode wie EUR sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least one entry.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ mindestens einen Eintrag enthalten.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be {low}: this kiosk reads no other version of the format.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ den Wert {low} haben: Dieses Terminal liest keine andere Version des Formats.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a SEPA creditor identifier such as DE98ZZZ09999999999.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ eine SEPA-Gläubiger-Identifikationsnummer sein, etwa DE98ZZZ09999999999.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of type iban of this form.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ ein Feld vom Typ iban dieses Formulars nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of this form.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ ein Feld dieses Formulars nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name another field of the same group.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ ein anderes Feld derselben Gruppe nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a date field of this form.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ ein Datumsfeld dieses Formulars nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a number field of this form.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ ein Zahlenfeld dieses Formulars nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; names an unknown field type. Known types: {known}.</source>
        <translation>In der Formulardefinition {path} nennt „{key}“ einen unbekannten Feldtyp. Bekannte Typen: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least two fields.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ mindestens zwei Felder nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos;: a file field cannot be part of a repeated group. Ask for the file in a field of its own.</source>
        <translation>In der Formulardefinition {path}, „{key}“: Ein Dateifeld kann nicht Teil einer wiederholten Gruppe sein. Fragen Sie die Datei in einem eigenen Feld ab.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a valid regular expression ({error}).</source>
        <translation>In der Formulardefinition {path} ist „{key}“ kein gültiger regulärer Ausdruck ({error}).</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ einer dieser Werte sein: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the value of one of the options.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ der Wert einer der Auswahlmöglichkeiten sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}, each at most once.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ einer dieser Werte sein, jeder höchstens einmal: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at most {high}.</source>
        <translation>In der Formulardefinition {path} darf „{key}“ höchstens {high} sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; may list only images (image/jpeg, image/png) for a photo.</source>
        <translation>In der Formulardefinition {path} darf „{key}“ für ein Lichtbild nur Bildformate enthalten (image/jpeg, image/png).</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a non-empty text.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the German text alone (format 2); the translations belong in assets/translations/forms_*.ts. Run packaging/update-translations.sh.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ allein der deutsche Text sein (Format 2); die Übersetzungen gehören nach assets/translations/forms_*.ts. Führen Sie packaging/update-translations.sh aus.</translation>
    </message>
    <message>
        <source>The form definition {path} is not valid JSON ({error}). Fix the line named in the error.</source>
        <translation>Die Formulardefinition {path} ist kein gültiges JSON ({error}). Korrigieren Sie die in der Fehlermeldung genannte Zeile.</translation>
    </message>
    <message>
        <source>The form definition {path} cannot be read ({error}). Check that it exists and is UTF-8 text.</source>
        <translation>Die Formulardefinition {path} kann nicht gelesen werden ({error}). Prüfen Sie, ob die Datei vorhanden ist und UTF-8-Text enthält.</translation>
    </message>
    <message>
        <source>The settings file {path} is not valid TOML ({error}). Fix the line named in the error, or remove the file to use the defaults.</source>
        <translation>Die Einstellungsdatei {path} ist kein gültiges TOML ({error}). Korrigieren Sie die in der Fehlermeldung genannte Zeile oder entfernen Sie die Datei, um die Standardwerte zu verwenden.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({error}). Check that it exists and that the kiosk user may read it.</source>
        <translation>Die Einstellungsdatei {path} kann nicht gelesen werden ({error}). Prüfen Sie, ob die Datei vorhanden ist und der Kiosk-Benutzer sie lesen darf.</translation>
    </message>
    <message>
        <source>The settings file {path} does not exist. Give the path of an existing file, or leave out --config to use the defaults.</source>
        <translation>Die Einstellungsdatei {path} ist nicht vorhanden. Geben Sie den Pfad einer vorhandenen Datei an oder lassen Sie --config weg, um die Standardwerte zu verwenden.</translation>
    </message>
    <message>
        <source>Give the path of the terminal&apos;s kiosk.toml.</source>
        <translation>Geben Sie den Pfad der kiosk.toml des Terminals an.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} does not match the published schema ({error}).</source>
        <translation>Die Einstellung „{key}“ in {path} entspricht nicht dem veröffentlichten Schema ({error}).</translation>
    </message>
    <message>
        <source>Put the file or directory there, or correct the setting.</source>
        <translation>Legen Sie die Datei oder das Verzeichnis dort ab oder korrigieren Sie die Einstellung.</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;): {problem}</source>
        <translation>Der CSCA-Speicher {path} (Einstellung „csca_dir“): {problem}</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;) holds no CSCA certificate: no document chip can be verified.</source>
        <translation>Der CSCA-Speicher {path} (Einstellung „csca_dir“) enthält kein CSCA-Zertifikat: Kein Dokumentchip kann bestätigt werden.</translation>
    </message>
    <message>
        <source>Put the CSCA certificates, their CRLs and the master lists there; a master list also needs the setting &apos;csca_master_list_anchor&apos; with the certificate its signer was issued by.</source>
        <translation>Legen Sie dort die CSCA-Zertifikate, ihre Sperrlisten und die Masterlisten ab; eine Masterliste braucht zusätzlich die Einstellung „csca_master_list_anchor“ mit dem Zertifikat, das ihren Signierer ausgestellt hat.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos; in {path}. Known settings: {known}.</source>
        <translation>Unbekannte Einstellung „{key}“ in {path}. Bekannte Einstellungen: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a whole number from {low} to {high}.</source>
        <translation>Die Einstellung „{key}“ in {path} muss eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a non-empty text in quotes.</source>
        <translation>Die Einstellung „{key}“ in {path} muss ein nicht leerer Text in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a file path in quotes.</source>
        <translation>Die Einstellung „{key}“ in {path} muss ein Dateipfad in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a directory path in quotes.</source>
        <translation>Die Einstellung „{key}“ in {path} muss ein Verzeichnispfad in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>Setting &apos;languages&apos; in {path} must be a list taken from: {known}.</source>
        <translation>Die Einstellung „languages“ in {path} muss eine Liste mit Werten aus {known} sein.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a table of a form id and its destination&apos;s id (a UUID) in quotes, e.g. {example}.</source>
        <translation>Die Einstellung „{key}“ in {path} muss eine Tabelle aus Formular-ID und der ID ihres Zustellpunkts (einer UUID) in Anführungszeichen sein, z. B. {example}.</translation>
    </message>
    <message>
        <source>In {path}, &apos;idle_warning_s&apos; must be shorter than &apos;idle_timeout_s&apos;.</source>
        <translation>In {path} muss „idle_warning_s“ kleiner als „idle_timeout_s“ sein.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal&apos; in {path} must be the card terminal&apos;s address as &quot;host:port&quot;, e.g. &quot;192.168.1.20:20007&quot;.</source>
        <translation>Die Einstellung &apos;payment_terminal&apos; in {path} muss die Adresse des Kartenterminals als &quot;host:port&quot; sein, z. B. &quot;192.168.1.20:20007&quot;.</translation>
    </message>
    <message>
        <source>Write it like this: {example}</source>
        <translation>Schreiben Sie es so: {example}</translation>
    </message>
    <message>
        <source>Remove the line, or correct the name: did you mean &apos;{close}&apos;?</source>
        <translation>Entfernen Sie die Zeile oder korrigieren Sie den Namen: Meinten Sie „{close}“?</translation>
    </message>
    <message>
        <source>Remove the line: this version of the kiosk has no such setting (docs/configuration.md lists them).</source>
        <translation>Entfernen Sie die Zeile: Diese Version des Kiosks hat keine solche Einstellung (docs/configuration.md listet sie auf).</translation>
    </message>
    <message>
        <source>Correct that line: texts in double quotes, numbers without, lists in [ ], one setting per line.</source>
        <translation>Korrigieren Sie diese Zeile: Texte in doppelten Anführungszeichen, Zahlen ohne, Listen in [ ], eine Einstellung pro Zeile.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 text (in the editor: Save as, encoding UTF-8).</source>
        <translation>Speichern Sie die Datei als UTF-8-Text (im Editor: Speichern unter, Kodierung UTF-8).</translation>
    </message>
    <message>
        <source>Write [kiosk] on a line of its own and the settings on the lines below it, or leave [kiosk] out altogether.</source>
        <translation>Schreiben Sie [kiosk] in eine eigene Zeile und die Einstellungen in die Zeilen darunter, oder lassen Sie [kiosk] ganz weg.</translation>
    </message>
    <message>
        <source>Move the line below [kiosk].</source>
        <translation>Verschieben Sie die Zeile unter [kiosk].</translation>
    </message>
    <message>
        <source>Check that the file exists and that the kiosk user may read it.</source>
        <translation>Prüfen Sie, ob die Datei vorhanden ist und der Kiosk-Benutzer sie lesen darf.</translation>
    </message>
    <message>
        <source>Set these together: {keys}.</source>
        <translation>Setzen Sie diese zusammen: {keys}.</translation>
    </message>
    <message>
        <source>The settings file {path} is not UTF-8 text (a character such as ü or ß was saved in another encoding).</source>
        <translation>Die Einstellungsdatei {path} ist kein UTF-8-Text (ein Zeichen wie ü oder ß wurde in einer anderen Kodierung gespeichert).</translation>
    </message>
    <message>
        <source>In {path}, &apos;kiosk&apos; must be the table [kiosk] that holds the settings, not a value.</source>
        <translation>In {path} muss „kiosk“ die Tabelle [kiosk] sein, die die Einstellungen enthält, kein Wert.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} is outside the [kiosk] table, where the kiosk does not read it.</source>
        <translation>Die Einstellung „{key}“ in {path} steht außerhalb der Tabelle [kiosk], wo der Kiosk sie nicht liest.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be one of: {known}.</source>
        <translation>Die Einstellung „{key}“ in {path} muss einer dieser Werte sein: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be an address that starts with {schemes}, e.g. {example}.</source>
        <translation>Die Einstellung „{key}“ in {path} muss eine Adresse sein, die mit {schemes} beginnt, z. B. {example}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} names {unknown}, which this kiosk does not offer. Services: {known}.</source>
        <translation>Die Einstellung „{key}“ in {path} nennt {unknown}; diesen Dienst bietet dieses Terminal nicht an. Dienste: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal_password&apos; in {path} must be the terminal&apos;s six-digit password, e.g. &quot;000000&quot;.</source>
        <translation>Die Einstellung &apos;payment_terminal_password&apos; in {path} muss das sechsstellige Passwort des Terminals sein, z. B. &quot;000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;destination_id&apos; in {path} must be the destination&apos;s id (Zustellpunkt-ID) as FIT-Connect&apos;s self-service portal shows it, a UUID such as &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</source>
        <translation>Die Einstellung „destination_id“ in {path} muss die ID des Zustellpunkts sein, wie das Self-Service-Portal von FIT-Connect sie zeigt: eine UUID wie &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;fitconnect_region&apos; in {path} must be an Amtlicher Regionalschlüssel with DE in front, e.g. &quot;DE073350000000&quot;.</source>
        <translation>Die Einstellung „fitconnect_region“ in {path} muss ein Amtlicher Regionalschlüssel mit DE davor sein, z. B. &quot;DE073350000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;payee_iban&apos; in {path} is not an IBAN. Write it as on the office&apos;s bank statement, e.g. &quot;DE02120300000000202051&quot;.</source>
        <translation>Die Einstellung &apos;payee_iban&apos; in {path} ist keine IBAN. Schreiben Sie sie wie auf dem Kontoauszug der Behörde, z. B. &quot;DE02120300000000202051&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} holds the PIN itself. Nobody may read it there: run &apos;buergerbuero config pin&apos;, give the PIN twice, and write the line it prints instead.</source>
        <translation>Die Einstellung &apos;staff_pin&apos; in {path} enthält die PIN selbst. Dort darf sie niemand lesen können: Führen Sie &apos;buergerbuero config pin&apos; aus, geben Sie die PIN zweimal ein und tragen Sie stattdessen die ausgegebene Zeile ein.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} is not a PIN hash as &apos;buergerbuero config pin&apos; prints it (&quot;$scrypt$ln=…&quot;). Run it again and copy the whole line.</source>
        <translation>Die Einstellung &apos;staff_pin&apos; in {path} ist kein PIN-Hash, wie ihn &apos;buergerbuero config pin&apos; ausgibt (&quot;$scrypt$ln=…&quot;). Führen Sie den Befehl erneut aus und kopieren Sie die ganze Zeile.</translation>
    </message>
    <message>
        <source>In {path}, &apos;payee_iban&apos; needs &apos;payee_name&apos; (the account holder, as the bank knows it).</source>
        <translation>In {path} braucht &apos;payee_iban&apos; auch &apos;payee_name&apos; (den Kontoinhaber, wie die Bank ihn führt).</translation>
    </message>
    <message>
        <source>In {path}, sending with FIT-Connect tokens needs all of fitconnect_token_url, fitconnect_client_id and fitconnect_client_secret_file.</source>
        <translation>In {path} braucht das Senden mit FIT-Connect-Tokens alle drei Einstellungen: fitconnect_token_url, fitconnect_client_id und fitconnect_client_secret_file.</translation>
    </message>
    <message>
        <source>In {path}, the appointment check-in needs all of appointment_url, appointment_scope, appointment_workstation_key and appointment_ticketprinter_hash.</source>
        <translation>In {path} braucht die Termin-Anmeldung alle von appointment_url, appointment_scope, appointment_workstation_key und appointment_ticketprinter_hash.</translation>
    </message>
    <message>
        <source>Setting &apos;receipt_printer&apos; in {path} must be &quot;cups://QUEUE&quot; or &quot;escpos://HOST:PORT&quot;.</source>
        <translation>Die Einstellung &apos;receipt_printer&apos; in {path} muss &quot;cups://WARTESCHLANGE&quot; oder &quot;escpos://HOST:PORT&quot; sein.</translation>
    </message>
    <message>
        <source>In {path}, paying by phone needs all of xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id and xbezahl_client_secret.</source>
        <translation>In {path} braucht das Bezahlen per Handy alle Einstellungen xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id und xbezahl_client_secret.</translation>
    </message>
    <message>
        <source>The escrow key {path} cannot be read ({error}). Ask the technician to check the setting &apos;escrow_cert&apos;.</source>
        <translation>Der Treuhänderschlüssel {path} kann nicht gelesen werden ({error}). Bitte lassen Sie die Einstellung „escrow_cert“ von der Technik prüfen.</translation>
    </message>
    <message>
        <source>This device has no signing certificate of the office. Ask the technician to enroll it: &apos;buergerbuero signature enroll request&apos;, then &apos;signature enroll install&apos;.</source>
        <translation>Dieses Gerät hat kein Signaturzertifikat des Amts. Bitten Sie die Technik, es einzurichten: „buergerbuero signature enroll request“, dann „signature enroll install“.</translation>
    </message>
    <message>
        <source>The signing certificate {path} cannot be used ({why}). Ask the technician to enroll this device with the office CA.</source>
        <translation>Das Signaturzertifikat {path} ist nicht verwendbar ({why}). Bitten Sie die Technik, dieses Gerät bei der CA des Amts einzurichten.</translation>
    </message>
    <message>
        <source>No card terminal is configured: set &apos;payment_terminal&apos; in the settings file, or give --terminal HOST:PORT.</source>
        <translation>Es ist kein Kartenterminal eingerichtet: Tragen Sie &apos;payment_terminal&apos; in die Einstellungsdatei ein oder geben Sie --terminal HOST:PORT an.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Card reading is not installed on this terminal.</source>
        <translation>Das Auslesen von Ausweisen ist an diesem Terminal nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translation>Der Dienst für das Kartenlesegerät läuft nicht.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Es ist kein Kartenlesegerät angeschlossen.</translation>
    </message>
    <message>
        <source>No scan has arrived yet. Place the document on the scanner, start the scan, then tap &apos;Take from scanner&apos; again.</source>
        <translation>Es ist noch kein Scan angekommen. Legen Sie das Dokument auf den Scanner, starten Sie den Scan und tippen Sie dann erneut auf „Vom Scanner übernehmen“.</translation>
    </message>
    <message>
        <source>The scan is still arriving. Please wait a moment, then tap &apos;Take from scanner&apos; again.</source>
        <translation>Der Scan wird noch übertragen. Bitte warten Sie einen Moment und tippen Sie dann erneut auf „Vom Scanner übernehmen“.</translation>
    </message>
    <message>
        <source>The scanner cannot be used right now. Please hand the document in at the counter, or ask the staff for help.</source>
        <translation>Der Scanner kann gerade nicht genutzt werden. Bitte geben Sie das Dokument am Schalter ab oder fragen Sie die Mitarbeitenden.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>The document to sign</source>
        <translation>Das Dokument zur Unterschrift</translation>
    </message>
    <message>
        <source>Scroll through the document</source>
        <translation>Im Dokument blättern</translation>
    </message>
    <message>
        <source>Move the page sideways</source>
        <translation>Seite seitlich verschieben</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
</context>
<context>
    <name>Eid</name>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, have your ID card read at the card reader, or have it checked at the counter.</source>
        <translation>Die Online-Ausweisfunktion ist gerade nicht erreichbar. Sie können Ihre Daten stattdessen eintippen, Ihren Ausweis am Kartenleser auslesen lassen oder ihn am Schalter prüfen lassen.</translation>
    </message>
    <message>
        <source>The online ID function stopped with an error. Please type in your details instead, or ask the staff at the counter for help.</source>
        <translation>Die Online-Ausweisfunktion wurde mit einem Fehler beendet. Bitte tippen Sie Ihre Daten stattdessen ein oder fragen Sie die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>Please enter your 6-digit PIN.</source>
        <translation>Bitte geben Sie Ihre 6-stellige PIN ein.</translation>
    </message>
    <message>
        <source>Please enter your current PIN (or the 5-digit transport PIN from your PIN letter).</source>
        <translation>Bitte geben Sie Ihre aktuelle PIN ein (oder die 5-stellige Transport-PIN aus Ihrem PIN-Brief).</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number (CAN) printed on the front of your ID card.</source>
        <translation>Bitte geben Sie die 6-stellige Zugangsnummer (CAN) ein, die vorne auf Ihrem Ausweis steht.</translation>
    </message>
    <message>
        <source>Your PIN is blocked. Please enter the 10-digit PUK from your PIN letter.</source>
        <translation>Ihre PIN ist gesperrt. Bitte geben Sie die 10-stellige PUK aus Ihrem PIN-Brief ein.</translation>
    </message>
    <message>
        <source>Please choose a new 6-digit PIN.</source>
        <translation>Bitte wählen Sie eine neue 6-stellige PIN.</translation>
    </message>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, or have your ID card checked at the counter.</source>
        <translation>Die Online-Ausweisfunktion ist gerade nicht erreichbar. Sie können Ihre Daten stattdessen eintippen oder Ihren Ausweis am Schalter prüfen lassen.</translation>
    </message>
    <message>
        <source>Online ID function</source>
        <translation>Online-Ausweisfunktion</translation>
    </message>
    <message>
        <source>Connecting to the online ID function…</source>
        <translation>Verbindung zur Online-Ausweisfunktion wird hergestellt …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Type in my details</source>
        <translation>Daten selbst eintippen</translation>
    </message>
    <message>
        <source>Read my ID card at the reader</source>
        <translation>Ausweis am Kartenleser auslesen</translation>
    </message>
    <message>
        <source>Have my ID checked at the counter</source>
        <translation>Ausweis am Schalter prüfen lassen</translation>
    </message>
    <message>
        <source>{provider} asks to read the following data from your ID card ({purpose}):</source>
        <translation>{provider} möchte die folgenden Daten aus Ihrem Ausweis lesen ({purpose}):</translation>
    </message>
    <message>
        <source>Do you agree?</source>
        <translation>Sind Sie einverstanden?</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Bitte warten Sie …</translation>
    </message>
    <message>
        <source>That was not accepted. Please check the number of digits.</source>
        <translation>Das wurde nicht angenommen. Bitte prüfen Sie die Anzahl der Ziffern.</translation>
    </message>
    <message>
        <source>The PIN was wrong. Attempts left: {count}.</source>
        <translation>Die PIN war falsch. Verbleibende Versuche: {count}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Please enter the number on the card reader&apos;s keypad.</source>
        <translation>Bitte geben Sie die Nummer am Tastenfeld des Kartenlesers ein.</translation>
    </message>
    <message>
        <source>Please place your ID card on the card reader.</source>
        <translation>Bitte legen Sie Ihren Ausweis auf den Kartenleser.</translation>
    </message>
    <message>
        <source>The online function of this ID card is blocked or switched off. The citizens&apos; office can unblock it.</source>
        <translation>Die Online-Ausweisfunktion dieses Ausweises ist gesperrt oder ausgeschaltet. Das Bürgerbüro kann sie freischalten.</translation>
    </message>
    <message>
        <source>Please wait… ({percent} %)</source>
        <translation>Bitte warten Sie … ({percent} %)</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translation>Identität bestätigt</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function. Please check and complete your details.</source>
        <translation>Ihre Identität wurde mit der Online-Ausweisfunktion bestätigt. Bitte prüfen und ergänzen Sie Ihre Daten.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Online ID function not available</source>
        <translation>Online-Ausweisfunktion nicht erreichbar</translation>
    </message>
    <message>
        <source>The online ID function stopped</source>
        <translation>Die Online-Ausweisfunktion wurde beendet</translation>
    </message>
</context>
<context>
    <name>EidRights</name>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translation>Doktorgrad</translation>
    </message>
    <message>
        <source>Religious or artistic name</source>
        <translation>Ordens- oder Künstlername</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumentart</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Ausstellender Staat</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Age verification</source>
        <translation>Altersbestätigung</translation>
    </message>
    <message>
        <source>Address verification</source>
        <translation>Wohnortbestätigung</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translation>Gemeindeschlüssel</translation>
    </message>
    <message>
        <source>Residence permit I</source>
        <translation>Aufenthaltstitel I</translation>
    </message>
    <message>
        <source>Residence permit II</source>
        <translation>Aufenthaltstitel II</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong on this terminal. Your data has not been lost. Please ask the staff at the counter for help.</source>
        <translation>An diesem Terminal ist ein Fehler aufgetreten. Ihre Daten sind nicht verloren. Bitte wenden Sie sich an die Mitarbeitenden am Schalter.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>Sehr unzufrieden</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>Unzufrieden</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Teils, teils</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Sehr zufrieden</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translation>Wie lange es gedauert hat</translation>
    </message>
    <message>
        <source>Understanding the questions</source>
        <translation>Die Fragen verstehen</translation>
    </message>
    <message>
        <source>Identifying myself</source>
        <translation>Mich ausweisen</translation>
    </message>
    <message>
        <source>Paying the fee</source>
        <translation>Die Gebühr bezahlen</translation>
    </message>
    <message>
        <source>Using the screen</source>
        <translation>Die Bedienung</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>How satisfied are you with this terminal?</source>
        <translation>Wie zufrieden sind Sie mit diesem Terminal?</translation>
    </message>
    <message>
        <source>Optional and anonymous: one tap is enough.</source>
        <translation>Freiwillig und anonym: ein Tippen genügt.</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translation>Was war Ihnen am wichtigsten?</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translation>Vielen Dank für Ihre Rückmeldung.</translation>
    </message>
    <message>
        <source>Your entries have been deleted.</source>
        <translation>Ihre Eingaben wurden gelöscht.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>A current passport photo in portrait format, as for an identity card.</source>
        <translation>Ein aktuelles biometrisches Passbild im Hochformat, wie für den Personalausweis.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(freiwillig)</translation>
    </message>
    <message>
        <source>(choose all that apply)</source>
        <translation>(Mehrfachauswahl möglich)</translation>
    </message>
    <message>
        <source>Format: DD.MM.YYYY</source>
        <translation>Format: TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>Reading the scan…</source>
        <translation>Scan wird gelesen …</translation>
    </message>
    <message>
        <source>Take from scanner</source>
        <translation>Vom Scanner übernehmen</translation>
    </message>
    <message>
        <source>I will hand it in at the counter</source>
        <translation>Ich gebe es am Schalter ab</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Datei entfernen</translation>
    </message>
    <message>
        <source>Please give the document to the staff at the counter.</source>
        <translation>Bitte geben Sie das Dokument am Schalter bei den Mitarbeitenden ab.</translation>
    </message>
    <message>
        <source>This terminal has no scanner. Tap &apos;I will hand it in at the counter&apos; and give the document to the staff.</source>
        <translation>Dieses Terminal hat keinen Scanner. Tippen Sie auf „Ich gebe es am Schalter ab“ und geben Sie das Dokument bei den Mitarbeitenden ab.</translation>
    </message>
    <message>
        <source>To replace it, scan again and tap &apos;Take from scanner&apos;.</source>
        <translation>Zum Ersetzen scannen Sie erneut und tippen auf „Vom Scanner übernehmen“.</translation>
    </message>
    <message>
        <source>Place the document on the scanner and start the scan. Then tap &apos;Take from scanner&apos;.</source>
        <translation>Legen Sie das Dokument auf den Scanner und starten Sie den Scan. Tippen Sie dann auf „Vom Scanner übernehmen“.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>To be handed in at the counter</source>
        <translation>Wird am Schalter vorgelegt</translation>
    </message>
    <message>
        <source>{name} ({kind}, {size})</source>
        <translation>{name} ({kind}, {size})</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{currency} {units}.{cents}</source>
        <translation>{units},{cents} {currency}</translation>
    </message>
    <message>
        <source>thousands separator: ,</source>
        <translation>Tausendertrennzeichen: .</translation>
    </message>
    <message>
        <source>{whole}.{tenth} MB</source>
        <translation>{whole},{tenth} MB</translation>
    </message>
</context>
<context>
    <name>GroupInput</name>
    <message>
        <source>+ Add an entry</source>
        <translation>+ Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove entry {number}</source>
        <translation>Eintrag {number} entfernen</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Help: call a member of staff</source>
        <translation>Hilfe: Personal rufen</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Larger text (now {percent} %)</source>
        <translation>Größere Schrift (jetzt {percent} %)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Schritt {current} von {total}</translation>
    </message>
    <message>
        <source>Language: {language}. Choose another language</source>
        <translation>Sprache: {language}. Andere Sprache wählen</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Staff could not be called from here. Please ask at the counter.</source>
        <translation>Von hier aus konnte niemand gerufen werden. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Staff are being called…</source>
        <translation>Es wird jemand gerufen …</translation>
    </message>
    <message>
        <source>Staff have been told. Someone will come to you. Please wait here: what you entered stays.</source>
        <translation>Die Mitarbeitenden wissen Bescheid. Gleich kommt jemand zu Ihnen. Bitte warten Sie hier: Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Please ask at the counter. What you entered stays.</source>
        <translation>Bitte fragen Sie am Schalter. Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Do you have your ID card, passport or residence permit with you? Lay it on the card reader.</source>
        <translation>Haben Sie Ihren Personalausweis, Reisepass oder Aufenthaltstitel dabei? Legen Sie ihn auf das Kartenlesegerät.</translation>
    </message>
    <message>
        <source>Place ID card on reader</source>
        <translation>Ausweis auflegen</translation>
    </message>
    <message>
        <source>Please lay your document on the card reader now. Reading starts by itself.</source>
        <translation>Bitte legen Sie Ihr Dokument jetzt auf das Kartenlesegerät. Das Lesen beginnt von selbst.</translation>
    </message>
    <message>
        <source>Reading the chip… Please leave the document on the reader.</source>
        <translation>Der Chip wird gelesen … Bitte lassen Sie das Dokument auf dem Lesegerät liegen.</translation>
    </message>
    <message>
        <source>Checking the access number with the chip…</source>
        <translation>Die Zugangsdaten werden mit dem Chip geprüft …</translation>
    </message>
    <message>
        <source>Reading your details from the chip…</source>
        <translation>Ihre Daten werden aus dem Chip gelesen …</translation>
    </message>
    <message>
        <source>Your details were read from the chip. Please check them; you can still correct them.</source>
        <translation>Ihre Daten wurden aus dem Chip gelesen. Bitte prüfen Sie sie; Sie können sie noch korrigieren.</translation>
    </message>
    <message>
        <source>The document could not be read. Please type in your details.</source>
        <translation>Das Dokument konnte nicht gelesen werden. Bitte geben Sie Ihre Daten ein.</translation>
    </message>
    <message>
        <source>Please type in your details as they appear on your ID card.</source>
        <translation>Bitte geben Sie Ihre Daten so ein, wie sie in Ihrem Ausweis stehen.</translation>
    </message>
    <message>
        <source>Who is applying?</source>
        <translation>Wer stellt den Antrag?</translation>
    </message>
    <message>
        <source>You apply in your own name and identify yourself with your own document. To apply for another person, please ask at the counter.</source>
        <translation>Sie stellen den Antrag in Ihrem eigenen Namen und weisen sich mit Ihrem eigenen Ausweis aus. Für eine andere Person beantragen Sie bitte am Schalter.</translation>
    </message>
    <message>
        <source>Sign in with the online ID function</source>
        <translation>Mit Online-Ausweis anmelden</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function.</source>
        <translation>Ihre Identität wurde mit der Online-Ausweisfunktion bestätigt.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Your document does not give your full date of birth: 00 stands for the day or month it leaves open. Please complete the date if you know it, or leave it as it is.</source>
        <translation>Ihr Dokument enthält Ihr Geburtsdatum nicht vollständig: 00 steht für den Tag oder Monat, den es offenlässt. Bitte ergänzen Sie das Datum, wenn Sie es kennen, oder lassen Sie es so, wie es ist.</translation>
    </message>
    <message>
        <source>Please check the year of birth: the document gives only its last two digits.</source>
        <translation>Bitte prüfen Sie das Geburtsjahr: Das Dokument enthält nur seine letzten zwei Ziffern.</translation>
    </message>
    <message>
        <source>The date of birth could not be read from the document. Please type it in.</source>
        <translation>Das Geburtsdatum konnte nicht aus dem Dokument gelesen werden. Bitte geben Sie es ein.</translation>
    </message>
    <message>
        <source>Your document gives no family name. If you have one, please enter it; if you have only one name, please ask the staff.</source>
        <translation>Ihr Dokument enthält keinen Familiennamen. Wenn Sie einen haben, geben Sie ihn bitte ein; wenn Sie nur einen Namen haben, wenden Sie sich bitte an die Mitarbeitenden.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Brauchen Sie mehr Zeit?</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translation>Ja, mehr Zeit</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translation>
            <numerusform>Zum Schutz Ihrer Daten endet diese Sitzung in %n Sekunde. Alle Ihre Eingaben werden dann gelöscht.</numerusform>
            <numerusform>Zum Schutz Ihrer Daten endet diese Sitzung in %n Sekunden. Alle Ihre Eingaben werden dann gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of a language, written in that language (Deutsch, Türkçe, العربية, …): the welcome screen&apos;s buttons, the header&apos;s language button, the keyboard&apos;s language key.</extracomment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Englisch</source>
        <extracomment>The name of a language in German, the office&apos;s language (Englisch, Türkisch, Arabisch, …): the application PDF says in which language the citizen made the application. Each language&apos;s file gives its own name in German; the source is English&apos;s German name.</extracomment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>What you entered stays.</source>
        <translation>Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard: {language}</source>
        <translation>Tastatur: {language}</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Nächstes Feld</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translation>Tastatur ausblenden</translation>
    </message>
    <message>
        <source>Shift: capital letter</source>
        <translation>Umschalt: Großbuchstabe</translation>
    </message>
    <message>
        <source>More characters (AltGr)</source>
        <translation>Weitere Zeichen (AltGr)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>This terminal is out of service</source>
        <translation>Dieses Terminal ist außer Betrieb</translation>
    </message>
    <message>
        <source>Please go to the counter. The staff will gladly help you.</source>
        <translation>Bitte gehen Sie zum Schalter. Die Mitarbeitenden helfen Ihnen gern.</translation>
    </message>
    <message>
        <source>For the technician: {problem}</source>
        <translation>Für die Technik: {problem}</translation>
    </message>
    <message>
        <source>({count} more in the kiosk&apos;s log)</source>
        <translation>({count} weitere im Protokoll des Kiosks)</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <source>Application</source>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Application made in: {language}</source>
        <translation>Antrag gestellt auf: {language}</translation>
    </message>
    <message>
        <source>Case number (Vorgangsnummer)</source>
        <translation>Vorgangsnummer</translation>
    </message>
    <message>
        <source>Please quote it in any enquiry.</source>
        <translation>Bitte bei Rückfragen angeben.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translation>Rechtsgrundlage: {basis}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translation>Befreiung oder Ermäßigung möglich bei: {list}</translation>
    </message>
    <message>
        <source>Paid: {method}, {amount} (transaction {transaction})</source>
        <translation>Bezahlt: {method}, {amount} (Transaktion {transaction})</translation>
    </message>
    <message>
        <source>Not paid yet: the fee is due at the counter.</source>
        <translation>Noch nicht bezahlt: Die Gebühr ist am Schalter zu zahlen.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translation>Keine Gebühr zu zahlen.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translation>Zahlung per Überweisung ausstehend.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translation>Am Schalter zu zahlen.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: {exemption} (to be checked at the counter).</source>
        <translation>Gebührenbefreiung beantragt: {exemption} (Prüfung am Schalter).</translation>
    </message>
    <message>
        <source>card at the terminal</source>
        <translation>Karte am Terminal</translation>
    </message>
    <message>
        <source>online (paypage)</source>
        <translation>online (Bezahlseite)</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>am Schalter</translation>
    </message>
    <message>
        <source>exemption</source>
        <translation>Befreiung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translation>Kassenzeichen: {reference}</translation>
    </message>
    <message>
        <source>I declare that the information given is correct and complete.</source>
        <translation>Ich versichere, dass die Angaben richtig und vollständig sind.</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration above</source>
        <translation>Unterschrift der antragstellenden Person: bestätigt die Erklärung oben</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translation>Ort, Datum</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration and the application {vorgangsnummer}</source>
        <translation>Unterschrift der antragstellenden Person: bestätigt die Erklärung und den Antrag {vorgangsnummer}</translation>
    </message>
    <message>
        <source>At the counter: the applicant confirms this application in person, after the staff checked the identity (signed on the counter tablet; name, place and time appear with the signature)</source>
        <translation>Am Schalter: Die antragstellende Person bestätigt diesen Antrag persönlich, nachdem das Personal die Identität geprüft hat (unterschrieben am Schaltertablet; Name, Ort und Zeit erscheinen mit der Unterschrift)</translation>
    </message>
    <message>
        <source>Signature at the counter: the applicant confirms the application {vorgangsnummer} in person</source>
        <translation>Unterschrift am Schalter: Die antragstellende Person bestätigt den Antrag {vorgangsnummer} persönlich</translation>
    </message>
    <message>
        <source>You sign: {title} · case number {vorgangsnummer} · {pages} · fee {fee}</source>
        <translation>Sie unterschreiben: {title} · Vorgangsnummer {vorgangsnummer} · {pages} · Gebühr {fee}</translation>
    </message>
    <message>
        <source>the answers on pages 1 to {last}</source>
        <translation>die Angaben auf den Seiten 1 bis {last}</translation>
    </message>
    <message>
        <source>the answers on page 1</source>
        <translation>die Angaben auf Seite 1</translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translation>SEPA-Lastschriftmandat</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translation>Zahlungsempfänger</translation>
    </message>
    <message>
        <source>Creditor identifier</source>
        <translation>Gläubiger-Identifikationsnummer</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translation>Mandatsreferenz</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Kontoinhaber/in</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>The signature below also signs this mandate (a recurrent mandate is not given: it is for this fee only).</source>
        <translation>Die Unterschrift unten gilt auch für dieses Mandat (einmalige Lastschrift: nur für diese Gebühr, kein Mandat für wiederkehrende Zahlungen).</translation>
    </message>
    <message>
        <source>Submitted at self-service terminal {terminal}</source>
        <translation>Eingereicht am Selbstbedienungsterminal {terminal}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Source: identity document chip</source>
        <translation>Quelle: Chip des Ausweisdokuments</translation>
    </message>
    <message>
        <source>Source: typed in</source>
        <translation>Quelle: Eingabe</translation>
    </message>
    <message>
        <source>For the office</source>
        <translation>Für die Behörde</translation>
    </message>
    <message>
        <source>Attached to this PDF file: {name}</source>
        <translation>Als Anlage in dieser PDF-Datei: {name}</translation>
    </message>
    <message>
        <source>The image cannot be shown here.</source>
        <translation>Das Bild kann hier nicht gezeigt werden.</translation>
    </message>
</context>
<context>
    <name>PairingCodePanel</name>
    <message>
        <source>For staff</source>
        <translation>Für Mitarbeitende</translation>
    </message>
    <message>
        <source>For staff: hold to show the pairing code</source>
        <translation>Für Mitarbeitende: gedrückt halten, um den Kopplungscode zu zeigen</translation>
    </message>
    <message>
        <source>For staff: hold the button for two seconds to show the pairing code for the counter workstation.</source>
        <translation>Für Mitarbeitende: Halten Sie die Schaltfläche zwei Sekunden lang gedrückt, dann erscheint der Kopplungscode für den Arbeitsplatz am Schalter.</translation>
    </message>
    <message>
        <source>Pairing code for the counter workstation</source>
        <translation>Kopplungscode für den Arbeitsplatz am Schalter</translation>
    </message>
    <message>
        <source>Hide code</source>
        <translation>Code ausblenden</translation>
    </message>
    <message>
        <source>Forget paired workstations</source>
        <translation>Gekoppelte Arbeitsplätze vergessen</translation>
    </message>
    <message>
        <source>Enter it at the workstation. It hides itself in {seconds} s.</source>
        <translation>Geben Sie ihn am Arbeitsplatz ein. Er wird in {seconds} s ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>The card terminal cannot be reached at the moment. Please choose another way to pay, or pay at the counter.</source>
        <translation>Das Kartenterminal ist gerade nicht erreichbar. Bitte wählen Sie eine andere Zahlungsart oder zahlen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The connection to the card terminal was lost. Your card has not been charged twice; please wait a moment while the terminal is checked.</source>
        <translation>Die Verbindung zum Kartenterminal ist abgebrochen. Ihre Karte wird nicht doppelt belastet; bitte warten Sie einen Moment, während das Terminal geprüft wird.</translation>
    </message>
    <message>
        <source>The card terminal did not answer in time. Please try again or choose another way to pay.</source>
        <translation>Das Kartenterminal hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es noch einmal oder wählen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <source>The card terminal is busy. Please wait a moment and try again.</source>
        <translation>Das Kartenterminal ist beschäftigt. Bitte warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The card terminal sent an answer this terminal cannot use. Please choose another way to pay, or ask the staff.</source>
        <translation>Das Kartenterminal hat eine Antwort geschickt, mit der dieses Gerät nichts anfangen kann. Bitte wählen Sie eine andere Zahlungsart oder fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>The payment was declined. Your card has not been charged. Please try again with another card or choose another way to pay.</source>
        <translation>Die Zahlung wurde abgelehnt. Ihre Karte wurde nicht belastet. Bitte versuchen Sie es mit einer anderen Karte oder wählen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <source>The card could not be read. Please insert it again (chip first) or hold it flat on the terminal.</source>
        <translation>Die Karte konnte nicht gelesen werden. Bitte stecken Sie sie erneut ein (Chip voran) oder halten Sie sie flach an das Terminal.</translation>
    </message>
    <message>
        <source>The payment was cancelled (the card was removed, or nothing happened for too long). Your card has not been charged.</source>
        <translation>Die Zahlung wurde abgebrochen (die Karte wurde entnommen, oder es geschah zu lange nichts). Ihre Karte wurde nicht belastet.</translation>
    </message>
    <message>
        <source>The PIN was not correct. Your card has not been charged. Please try again.</source>
        <translation>Die PIN war nicht richtig. Ihre Karte wurde nicht belastet. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This card has expired or is not yet valid. Please use another card.</source>
        <translation>Diese Karte ist abgelaufen oder noch nicht gültig. Bitte verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <source>This card is not accepted here. Please use another card or choose another way to pay.</source>
        <translation>Diese Karte wird hier nicht angenommen. Bitte verwenden Sie eine andere Karte oder wählen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <source>The card terminal has a fault. Your card has not been charged. Please choose another way to pay, or ask the staff.</source>
        <translation>Das Kartenterminal hat eine Störung. Ihre Karte wurde nicht belastet. Bitte wählen Sie eine andere Zahlungsart oder fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>The receipt printer is not ready, so the card terminal cannot take payments now. Please choose another way to pay.</source>
        <translation>Der Belegdrucker ist nicht bereit, daher kann das Kartenterminal gerade keine Zahlungen annehmen. Bitte wählen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <source>Please insert, tap or swipe your card.</source>
        <translation>Bitte Karte einstecken, auflegen oder durchziehen.</translation>
    </message>
    <message>
        <source>Please enter your PIN on the card terminal.</source>
        <translation>Bitte geben Sie Ihre PIN am Kartenterminal ein.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translation>Bitte warten …</translation>
    </message>
    <message>
        <source>Please remove your card.</source>
        <translation>Bitte entnehmen Sie Ihre Karte.</translation>
    </message>
    <message>
        <source>Connecting to the bank…</source>
        <translation>Verbindung zur Bank …</translation>
    </message>
    <message>
        <source>Payment approved.</source>
        <translation>Zahlung erfolgt.</translation>
    </message>
    <message>
        <source>Payment not approved.</source>
        <translation>Zahlung nicht erfolgt.</translation>
    </message>
    <message>
        <source>Please choose the card application on the terminal.</source>
        <translation>Bitte wählen Sie am Terminal die Kartenanwendung.</translation>
    </message>
    <message>
        <source>We could not confirm whether your card was charged. Your application is saved. Please do not pay again: the staff will check the card terminal and tell you.</source>
        <translation>Wir konnten nicht bestätigen, ob Ihre Karte belastet wurde. Ihr Antrag ist gespeichert. Bitte zahlen Sie nicht noch einmal: Das Personal prüft das Kartenterminal und sagt Ihnen Bescheid.</translation>
    </message>
    <message>
        <source>The card terminal is still checking an earlier payment. Please choose another way to pay, or pay at the counter.</source>
        <translation>Das Kartenterminal prüft noch eine frühere Zahlung. Bitte wählen Sie eine andere Zahlungsart oder zahlen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The payment record of this terminal cannot be written. Nothing was charged; please pay at the counter and tell the staff.</source>
        <translation>Die Zahlungsaufzeichnung dieses Geräts kann nicht geschrieben werden. Es wurde nichts abgebucht; bitte zahlen Sie am Schalter und sagen Sie dem Personal Bescheid.</translation>
    </message>
    <message>
        <source>Paying by phone is not possible at the moment (no connection to the payment platform). Please choose another way to pay.</source>
        <translation>Bezahlen per Handy ist gerade nicht möglich (keine Verbindung zur Bezahlplattform). Bitte wählen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <source>The payment platform did not accept the payment. Please choose another way to pay.</source>
        <translation>Die Bezahlplattform hat die Zahlung nicht angenommen. Bitte wählen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <source>The payment on your phone was not completed. Nothing was charged. Please try again or choose another way to pay.</source>
        <translation>Die Zahlung auf Ihrem Handy wurde nicht abgeschlossen. Es wurde nichts abgebucht. Bitte versuchen Sie es erneut oder wählen Sie eine andere Zahlungsart.</translation>
    </message>
    <message>
        <source>Checking the receipt printer…</source>
        <translation>Der Belegdrucker wird geprüft …</translation>
    </message>
    <message>
        <source>Please follow the instructions on the card terminal.</source>
        <translation>Bitte folgen Sie den Anweisungen am Kartenterminal.</translation>
    </message>
    <message>
        <source>Connecting to the payment platform…</source>
        <translation>Verbindung zur Bezahlplattform …</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone and pay there. This screen continues by itself.</source>
        <translation>Scannen Sie den QR-Code mit Ihrem Handy und bezahlen Sie dort. Dieser Bildschirm geht von selbst weiter.</translation>
    </message>
    <message>
        <source>Scan the code with your banking app, or transfer to: {name}, IBAN {iban}, reference {reference}.</source>
        <translation>Scannen Sie den Code mit Ihrer Banking-App oder überweisen Sie an: {name}, IBAN {iban}, Verwendungszweck {reference}.</translation>
    </message>
    <message>
        <source>Your card payment is being checked. Please do not pay again; ask at the counter if you are unsure.</source>
        <translation>Ihre Kartenzahlung wird geprüft. Bitte zahlen Sie nicht noch einmal; fragen Sie am Schalter, wenn Sie unsicher sind.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Paying the fee</source>
        <translation>Gebühr bezahlen</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translation>Gebühr: {amount}</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translation>Rechtsgrundlage: {basis}</translation>
    </message>
    <message>
        <source>Pay by card at the terminal (girocard, credit card, contactless)</source>
        <translation>Mit Karte am Terminal zahlen (girocard, Kreditkarte, kontaktlos)</translation>
    </message>
    <message>
        <source>Pay on your phone (QR code)</source>
        <translation>Mit dem Handy zahlen (QR-Code)</translation>
    </message>
    <message>
        <source>Pay by bank transfer (QR code for your banking app)</source>
        <translation>Per Überweisung zahlen (QR-Code für Ihre Banking-App)</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>Am Schalter zahlen</translation>
    </message>
    <message>
        <source>I am exempt from the fee: {reason}</source>
        <translation>Ich bin von der Gebühr befreit: {reason}</translation>
    </message>
    <message>
        <source>Choose another way to pay</source>
        <translation>Andere Zahlungsart wählen</translation>
    </message>
    <message>
        <source>Pay by card anyway (receipt on the screen)</source>
        <translation>Trotzdem mit Karte zahlen (Beleg auf dem Bildschirm)</translation>
    </message>
    <message>
        <source>I will transfer the fee</source>
        <translation>Ich überweise die Gebühr</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translation>QR-Code der Bezahlseite</translation>
    </message>
    <message>
        <source>QR code for your banking app</source>
        <translation>QR-Code für Ihre Banking-App</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The outbox in {path} cannot be opened ({error}). Check the disk; &apos;buergerbuero queue status&apos; shows what it holds.</source>
        <translation>Der Ausgangsspeicher in {path} kann nicht geöffnet werden ({error}). Prüfen Sie den Datenträger; „buergerbuero queue status“ zeigt, was er enthält.</translation>
    </message>
    <message>
        <source>The data directory {path} cannot be used ({error}). Check that it is a directory the kiosk user may write to, on a disk with free space (setting &apos;data_dir&apos;).</source>
        <translation>Das Datenverzeichnis {path} kann nicht verwendet werden ({error}). Prüfen Sie, ob es ein Verzeichnis ist, in das der Kiosk-Benutzer schreiben darf, auf einem Datenträger mit freiem Platz (Einstellung „data_dir“).</translation>
    </message>
    <message>
        <source>The file {path} of the setting &apos;{key}&apos; cannot be read ({error}). Put the file there, or correct the setting.</source>
        <translation>Die Datei {path} der Einstellung „{key}“ kann nicht gelesen werden ({error}). Legen Sie die Datei dort ab oder korrigieren Sie die Einstellung.</translation>
    </message>
    <message>
        <source>The directory {path} of the setting &apos;{key}&apos; cannot be used ({error}). Create it, or correct the setting.</source>
        <translation>Das Verzeichnis {path} der Einstellung „{key}“ kann nicht verwendet werden ({error}). Legen Sie es an oder korrigieren Sie die Einstellung.</translation>
    </message>
    <message>
        <source>The terminal&apos;s self-check could not run ({error}). See the kiosk&apos;s log (journalctl -u buergerbuero).</source>
        <translation>Die Selbstprüfung des Terminals konnte nicht laufen ({error}). Siehe das Protokoll des Kiosks (journalctl -u buergerbuero).</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt printer is not ready (no paper, or switched off). Your receipt is shown on the screen; please photograph the QR code.</source>
        <translation>Der Belegdrucker ist nicht bereit (kein Papier oder ausgeschaltet). Ihr Beleg wird auf dem Bildschirm angezeigt; bitte fotografieren Sie den QR-Code.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. It is shown on the screen; please photograph the QR code.</source>
        <translation>Der Beleg konnte nicht gedruckt werden. Er wird auf dem Bildschirm angezeigt; bitte fotografieren Sie den QR-Code.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Reference number (Vorgangsnummer):</source>
        <translation>Vorgangsnummer:</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translation>Gebühr: {amount}</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translation>Kassenzeichen: {reference}</translation>
    </message>
    <message>
        <source>Paid: {method}</source>
        <translation>Bezahlt: {method}</translation>
    </message>
    <message>
        <source>Not paid yet: please pay at the counter.</source>
        <translation>Noch nicht bezahlt: Bitte zahlen Sie am Schalter.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translation>Keine Gebühr zu zahlen.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translation>Zahlung per Überweisung ausstehend.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translation>Am Schalter zu zahlen.</translation>
    </message>
    <message>
        <source>Fee exemption claimed; please bring your proof to the counter.</source>
        <translation>Gebührenbefreiung beantragt; bitte bringen Sie Ihren Nachweis zum Schalter.</translation>
    </message>
    <message>
        <source>card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>online payment</source>
        <translation>Online-Zahlung</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>am Schalter</translation>
    </message>
    <message>
        <source>exemption</source>
        <translation>Befreiung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>What happens next: your application is sent to the citizens&apos; office. With the reference number above the office can tell you how far it is. Please keep this receipt.</source>
        <translation>Wie es weitergeht: Ihr Antrag wird an das Bürgerbüro übermittelt. Mit der Vorgangsnummer oben kann Ihnen das Bürgerbüro sagen, wie weit er ist. Bitte bewahren Sie diesen Beleg auf.</translation>
    </message>
    <message>
        <source>Please transfer the fee within 14 days, with the payment reference above.</source>
        <translation>Bitte überweisen Sie die Gebühr innerhalb von 14 Tagen mit dem Kassenzeichen oben.</translation>
    </message>
    <message>
        <source>Card payment receipt (customer copy):</source>
        <translation>Kartenzahlungsbeleg (Kundenbeleg):</translation>
    </message>
    <message>
        <source>Your receipt has been printed: please take it.</source>
        <translation>Ihr Beleg wurde gedruckt: Bitte nehmen Sie ihn mit.</translation>
    </message>
    <message>
        <source>The fee has been paid. Thank you.</source>
        <translation>Die Gebühr ist bezahlt. Vielen Dank.</translation>
    </message>
    <message>
        <source>Please transfer the fee with the payment reference {reference}.</source>
        <translation>Bitte überweisen Sie die Gebühr mit dem Kassenzeichen {reference}.</translation>
    </message>
    <message>
        <source>Please pay the fee at the counter.</source>
        <translation>Bitte zahlen Sie die Gebühr am Schalter.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: please bring your proof to the counter.</source>
        <translation>Gebührenbefreiung beantragt: Bitte bringen Sie Ihren Nachweis zum Schalter.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>QR code of your reference number</source>
        <translation>QR-Code Ihrer Vorgangsnummer</translation>
    </message>
    <message>
        <source>Thank you! Your application has been received.</source>
        <translation>Vielen Dank! Ihr Antrag ist eingegangen.</translation>
    </message>
    <message>
        <source>Your reference number (Vorgangsnummer):</source>
        <translation>Ihre Vorgangsnummer:</translation>
    </message>
    <message>
        <source>Please note the number or photograph the QR code. With this number the citizens&apos; office can tell you how far your application is.</source>
        <translation>Bitte notieren Sie die Nummer oder fotografieren Sie den QR-Code. Mit dieser Nummer kann Ihnen das Bürgerbüro sagen, wie weit Ihr Antrag ist.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>Mehr Zeit</translation>
    </message>
    <message>
        <source>Accepted by the citizens&apos; office.</source>
        <translation>Vom Bürgerbüro angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translation>
            <numerusform>Diese Anzeige schließt sich in %n Sekunde.</numerusform>
            <numerusform>Diese Anzeige schließt sich in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the citizens&apos; office.</source>
        <translation>An das Bürgerbüro übermittelt.</translation>
    </message>
    <message>
        <source>Saved on this terminal. The office could not accept it automatically; the staff will take care of it.</source>
        <translation>An diesem Terminal gespeichert. Das Bürgerbüro konnte den Antrag nicht automatisch annehmen; die Mitarbeitenden kümmern sich darum.</translation>
    </message>
    <message>
        <source>Saved on this terminal. It will be sent automatically as soon as the network is available.</source>
        <translation>An diesem Terminal gespeichert. Der Antrag wird automatisch übermittelt, sobald das Netzwerk verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Please check your details</source>
        <translation>Bitte prüfen Sie Ihre Angaben</translation>
    </message>
    <message>
        <source>If something is wrong, tap &apos;Change&apos;.</source>
        <translation>Wenn etwas nicht stimmt, tippen Sie auf „Ändern“.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change: {section}</source>
        <translation>Ändern: {section}</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translation>Gebühr: {amount}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translation>Befreiung oder Ermäßigung möglich bei: {list}</translation>
    </message>
    <message>
        <source>Continue to signature</source>
        <translation>Weiter zur Unterschrift</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What would you like to apply for?</source>
        <translation>Was möchten Sie beantragen?</translation>
    </message>
    <message>
        <source>Tap a service. Services marked &apos;at the counter&apos; are not yet offered on this terminal.</source>
        <translation>Tippen Sie auf eine Leistung. Leistungen mit dem Hinweis „am Schalter“ gibt es an diesem Terminal noch nicht.</translation>
    </message>
    <message>
        <source>For every service you need your ID card, passport or residence permit.</source>
        <translation>Für jede Leistung brauchen Sie Ihren Personalausweis, Reisepass oder Aufenthaltstitel.</translation>
    </message>
    <message>
        <source>{service} — at the counter</source>
        <translation>{service} — am Schalter</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translation>Gebühr: {amount}</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <source>You also need: {list}</source>
        <translation>Außerdem brauchen Sie: {list}</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Please sign in the box with your finger or the pen.</source>
        <translation>Bitte unterschreiben Sie im Feld mit dem Finger oder dem Stift.</translation>
    </message>
    <message>
        <source>The signature is too small. Please sign across the box as you would on paper.</source>
        <translation>Die Unterschrift ist zu klein. Bitte unterschreiben Sie über das ganze Feld, wie auf Papier.</translation>
    </message>
    <message>
        <source>A straight line is not a signature. Please sign with your name as you would on paper.</source>
        <translation>Eine gerade Linie ist keine Unterschrift. Bitte unterschreiben Sie mit Ihrem Namen, wie auf Papier.</translation>
    </message>
    <message>
        <source>Handwritten signature</source>
        <translation>Handschriftliche Unterschrift</translation>
    </message>
    <message>
        <source>{path} holds no office CA (ca.crt). Create one with &apos;buergerbuero signature ca create {path}&apos; or import the city&apos;s CA.</source>
        <translation>{path} enthält keine CA des Amts (ca.crt). Legen Sie eine an mit „buergerbuero signature ca create {path}“ oder importieren Sie die CA der Stadt.</translation>
    </message>
    <message>
        <source>The office CA in {path} was imported without its key: the city&apos;s CA signs the device requests. Send it {csr}.</source>
        <translation>Die CA des Amts in {path} wurde ohne ihren Schlüssel importiert: Die Geräteanträge signiert die CA der Stadt. Schicken Sie ihr {csr}.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate request ({error}).</source>
        <translation>{path} ist kein lesbarer Zertifikatsantrag ({error}).</translation>
    </message>
    <message>
        <source>This key already has a certificate (serial {serial}, {device}). Every device needs its own key: run &apos;signature enroll request&apos; on the new device.</source>
        <translation>Für diesen Schlüssel gibt es schon ein Zertifikat (Seriennummer {serial}, {device}). Jedes Gerät braucht einen eigenen Schlüssel: Führen Sie „signature enroll request“ auf dem neuen Gerät aus.</translation>
    </message>
    <message>
        <source>No certificate with serial {serial} was issued by this CA.</source>
        <translation>Diese CA hat kein Zertifikat mit der Seriennummer {serial} ausgestellt.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate ({error}).</source>
        <translation>{path} ist kein lesbares Zertifikat ({error}).</translation>
    </message>
    <message>
        <source>The certificate {path} was not issued for this device&apos;s key. Install the certificate the CA issued for this device&apos;s request.</source>
        <translation>Das Zertifikat {path} wurde nicht für den Schlüssel dieses Geräts ausgestellt. Installieren Sie das Zertifikat, das die CA auf den Antrag dieses Geräts ausgestellt hat.</translation>
    </message>
    <message>
        <source>The certificate {path} is not a device certificate of the office ({why}). Ask the technician to issue one with the office CA.</source>
        <translation>Das Zertifikat {path} ist kein Gerätezertifikat des Amts ({why}). Bitten Sie die Technik, eines mit der CA des Amts auszustellen.</translation>
    </message>
    <message>
        <source>This device has no signing key yet. Run &apos;buergerbuero signature enroll request&apos; first.</source>
        <translation>Dieses Gerät hat noch keinen Signaturschlüssel. Führen Sie zuerst „buergerbuero signature enroll request“ aus.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translation>Die Rolle muss eine der folgenden sein: {roles}.</translation>
    </message>
    <message>
        <source>Pages were added or removed after the signature in &apos;{field}&apos; was made.</source>
        <translation>Nach der Unterschrift in „{field}“ wurden Seiten hinzugefügt oder entfernt.</translation>
    </message>
    <message>
        <source>The page was changed after the signature in &apos;{field}&apos; was made: page {page} content.</source>
        <translation>Die Seite wurde nach der Unterschrift in „{field}“ geändert: Inhalt von Seite {page}.</translation>
    </message>
    <message>
        <source>Something that shows on page {page} (an annotation) was added or changed after the signature in &apos;{field}&apos; was made.</source>
        <translation>Etwas, das auf Seite {page} sichtbar ist (eine Anmerkung), wurde nach der Unterschrift in „{field}“ hinzugefügt oder geändert.</translation>
    </message>
    <message>
        <source>A field the document did not plan was added after the signature in &apos;{field}&apos; was made: &apos;{name}&apos;.</source>
        <translation>Nach der Unterschrift in „{field}“ wurde ein Feld hinzugefügt, das das Dokument nicht vorsah: „{name}“.</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was removed after the signature in &apos;{field}&apos; was made.</source>
        <translation>Das Feld „{name}“ wurde nach der Unterschrift in „{field}“ entfernt.</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was filled in or changed after the signature in &apos;{field}&apos; was made.</source>
        <translation>Das Feld „{name}“ wurde nach der Unterschrift in „{field}“ ausgefüllt oder geändert.</translation>
    </message>
    <message>
        <source>Signature &apos;{name}&apos; was removed or replaced after the signature in &apos;{field}&apos; was made.</source>
        <translation>Die Unterschrift „{name}“ wurde nach der Unterschrift in „{field}“ entfernt oder ersetzt.</translation>
    </message>
    <message>
        <source>An embedded file was added, replaced or removed after the signature in &apos;{field}&apos; was made.</source>
        <translation>Nach der Unterschrift in „{field}“ wurde eine eingebettete Datei hinzugefügt, ersetzt oder entfernt.</translation>
    </message>
    <message>
        <source>The document&apos;s structure ({part}) was changed after the signature in &apos;{field}&apos; was made.</source>
        <translation>Der Aufbau des Dokuments ({part}) wurde nach der Unterschrift in „{field}“ geändert.</translation>
    </message>
    <message>
        <source>The document cannot be compared with what the signature in &apos;{field}&apos; covers ({error}).</source>
        <translation>Das Dokument lässt sich nicht mit dem vergleichen, was die Unterschrift in „{field}“ abdeckt ({error}).</translation>
    </message>
    <message>
        <source>The signing token ({token} in {module}) cannot be used ({error}). Ask the technician to check the token, its PIN file and the settings &apos;signing_pkcs11_*&apos;.</source>
        <translation>Das Signaturtoken ({token} in {module}) ist nicht verwendbar ({error}). Bitten Sie die Technik, das Token, seine PIN-Datei und die Einstellungen „signing_pkcs11_*“ zu prüfen.</translation>
    </message>
    <message>
        <source>No trust anchor was given: without the office&apos;s CA certificate (--trust DIR or the setting &apos;trust_dir&apos;) no signature can be called trusted.</source>
        <translation>Es wurde kein Vertrauensanker angegeben: Ohne das CA-Zertifikat des Amts (--trust VERZEICHNIS oder die Einstellung „trust_dir“) gilt keine Unterschrift als vertrauenswürdig.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF ({error}).</source>
        <translation>Die Datei ist kein lesbares PDF ({error}).</translation>
    </message>
    <message>
        <source>The PDF carries no signature.</source>
        <translation>Das PDF enthält keine Unterschrift.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was removed after it was made.</source>
        <translation>Die Unterschrift in „{field}“ wurde nachträglich entfernt.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is malformed and cannot be checked: {error}.</source>
        <translation>Die Unterschrift in „{field}“ ist fehlerhaft aufgebaut und lässt sich nicht prüfen: {error}.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; no longer matches the document: the signed bytes were changed after signing.</source>
        <translation>Die Unterschrift in „{field}“ passt nicht mehr zum Dokument: Die unterschriebenen Daten wurden nachträglich geändert.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not a valid signature of its certificate&apos;s key.</source>
        <translation>Die Unterschrift in „{field}“ ist keine gültige Signatur des Schlüssels ihres Zertifikats.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; leaves part of its revision unsigned (its /ByteRange does not cover the file).</source>
        <translation>Die Unterschrift in „{field}“ lässt einen Teil ihrer Fassung ungesichert (ihre /ByteRange deckt die Datei nicht ab).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a key the office does not know ({signer}).</source>
        <translation>Die Unterschrift in „{field}“ stammt von einem Schlüssel, den das Amt nicht kennt ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a device whose certificate the office revoked ({signer}).</source>
        <translation>Die Unterschrift in „{field}“ stammt von einem Gerät, dessen Zertifikat das Amt gesperrt hat ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is expired or not yet valid ({signer}).</source>
        <translation>Die Unterschrift in „{field}“ wurde mit einem abgelaufenen oder noch nicht gültigen Zertifikat erstellt ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; cannot be checked for revocation: the office&apos;s revocation list (CRL) is missing from the trust store or out of date ({signer}).</source>
        <translation>Für die Unterschrift in „{field}“ lässt sich eine Sperrung nicht prüfen: Die Sperrliste (CRL) des Amts fehlt im Vertrauensspeicher oder ist veraltet ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is no device certificate of the office: {why} ({signer}).</source>
        <translation>Die Unterschrift in „{field}“ wurde mit einem Zertifikat erstellt, das kein Gerätezertifikat des Amts ist: {why} ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not trusted ({why}).</source>
        <translation>Die Unterschrift in „{field}“ ist nicht vertrauenswürdig ({why}).</translation>
    </message>
    <message>
        <source>The timestamp of the signature in &apos;{field}&apos; cannot be trusted ({why}).</source>
        <translation>Dem Zeitstempel der Unterschrift in „{field}“ kann nicht vertraut werden ({why}).</translation>
    </message>
    <message>
        <source>The document was changed after the signature in &apos;{field}&apos; in a way its lock does not allow ({level}).</source>
        <translation>Das Dokument wurde nach der Unterschrift in „{field}“ auf eine Weise geändert, die ihre Sperre nicht erlaubt ({level}).</translation>
    </message>
    <message>
        <source>The first signature (&apos;{field}&apos;) sets no lock (DocMDP or FieldMDP): later changes to the document would not be restricted.</source>
        <translation>Die erste Unterschrift („{field}“) setzt keine Sperre (DocMDP oder FieldMDP): Spätere Änderungen am Dokument wären nicht eingeschränkt.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; has no biometric container.</source>
        <translation>Die Unterschrift in „{field}“ hat keinen biometrischen Container.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; was changed after signing.</source>
        <translation>Der biometrische Container von „{field}“ wurde nach dem Unterschreiben geändert.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; is damaged.</source>
        <translation>Der biometrische Container von „{field}“ ist beschädigt.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to field &apos;{other}&apos;.</source>
        <translation>Der biometrische Container von „{field}“ gehört zum Feld „{other}“.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to a different document.</source>
        <translation>Der biometrische Container von „{field}“ gehört zu einem anderen Dokument.</translation>
    </message>
    <message>
        <source>Refused: the document is not intact or not trusted, so its pen data is not evidence: {reasons}</source>
        <translation>Abgelehnt: Das Dokument ist nicht unversehrt oder nicht vertrauenswürdig, seine Stiftdaten sind daher kein Beweis: {reasons}</translation>
    </message>
    <message>
        <source>Handwritten signature at the counter</source>
        <translation>Handschriftliche Unterschrift am Schalter</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <source>Please sign</source>
        <translation>Bitte unterschreiben Sie</translation>
    </message>
    <message>
        <source>I confirm that my details are correct and complete. Sign in the box with your finger or the pen.</source>
        <translation>Ich versichere, dass meine Angaben richtig und vollständig sind. Unterschreiben Sie im Feld mit dem Finger oder dem Stift.</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translation>Löschen und neu unterschreiben</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translation>Antrag absenden</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Voice output cannot be played: no audio player (aplay) is installed on this terminal.</source>
        <translation>Die Sprachausgabe kann nicht abgespielt werden: Auf diesem Terminal ist kein Audio-Abspielprogramm (aplay) installiert.</translation>
    </message>
    <message>
        <source>Voice output cannot be played: the terminal&apos;s sound output is not working. Please ask the staff for help.</source>
        <translation>Die Sprachausgabe kann nicht abgespielt werden: Die Tonausgabe des Terminals funktioniert nicht. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>Voice output is not installed on this terminal (espeak-ng is missing).</source>
        <translation>Die Sprachausgabe ist auf diesem Terminal nicht installiert (espeak-ng fehlt).</translation>
    </message>
    <message>
        <source>Voice output is not available in this language.</source>
        <translation>Die Sprachausgabe gibt es in dieser Sprache nicht.</translation>
    </message>
    <message>
        <source>Your entry</source>
        <extracomment>Said instead of a private value when no headset is plugged in.</extracomment>
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <source>Voice output failed. Please ask the staff for help.</source>
        <translation>Die Sprachausgabe ist ausgefallen. Bitte wenden Sie sich an das Personal.</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>not selected</source>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <source>Choices: {options}.</source>
        <translation>Auswahl: {options}.</translation>
    </message>
    <message>
        <source>Your details are read aloud only through a headset. Connect a headset to hear them.</source>
        <translation>Ihre Angaben werden nur über einen Kopfhörer vorgelesen. Schließen Sie einen Kopfhörer an, um sie zu hören.</translation>
    </message>
    <message>
        <source>Voice output is on.</source>
        <translation>Die Sprachausgabe ist eingeschaltet.</translation>
    </message>
    <message>
        <source>Headset connected. Voice output is on, and your details are read aloud too.</source>
        <translation>Kopfhörer angeschlossen. Die Sprachausgabe ist eingeschaltet, und auch Ihre Angaben werden vorgelesen.</translation>
    </message>
    <message>
        <source>Headset removed. Your details are no longer read aloud.</source>
        <translation>Kopfhörer entfernt. Ihre Angaben werden nicht mehr vorgelesen.</translation>
    </message>
    <message>
        <source>Volume {level} of {max}</source>
        <translation>Lautstärke {level} von {max}</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Vorlesen anhalten</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Sprachausgabe aus</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Reading the outbox…</source>
        <translation>Der Ausgangsspeicher wird gelesen…</translation>
    </message>
    <message>
        <source>Waiting: {queued} · Sending: {sending} · Sent: {sent} · Failed: {failed} · Oldest waiting: {minutes} min</source>
        <translation>Wartend: {queued} · In Übermittlung: {sending} · Übermittelt: {sent} · Fehlgeschlagen: {failed} · Älteste wartende: {minutes} Min.</translation>
    </message>
    <message>
        <source>Staff: applications on this terminal</source>
        <translation>Personal: Anträge auf diesem Gerät</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene erneut senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Kiosk verlassen</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personal-PIN</translation>
    </message>
    <message>
        <source>Technicians: the staff PIN ends the kiosk.</source>
        <translation>Für Technik: Mit der Personal-PIN wird der Kiosk beendet.</translation>
    </message>
    <message>
        <source>The kiosk can be left only with a staff PIN in the site configuration (staff_pin).</source>
        <translation>Der Kiosk kann nur mit einer Personal-PIN in der Standortkonfiguration (staff_pin) verlassen werden.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a few minutes and try again.</source>
        <translation>Zu viele falsche PINs. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The outbox cannot be read: {error}</source>
        <translation>Der Ausgangsspeicher kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Failed applications (kept on this terminal):</source>
        <translation>Fehlgeschlagene Anträge (auf diesem Gerät gespeichert):</translation>
    </message>
    <message>
        <source>No failed applications.</source>
        <translation>Keine fehlgeschlagenen Anträge.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>The statistics file {path} cannot be read.</source>
        <translation>Die Statistikdatei {path} kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>Terminal figures</source>
        <translation>Kennzahlen des Terminals</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}, terminal {terminal}</source>
        <translation>Sitzungen vom {first} bis {last}, Terminal {terminal}</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>Keine Sitzungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Satisfaction (mean of {count} answers, 1 to 5)</source>
        <translation>Zufriedenheit (Mittel aus {count} Antworten, 1 bis 5)</translation>
    </message>
    <message>
        <source>Median minutes of a completed session</source>
        <translation>Median der Minuten einer abgeschlossenen Sitzung</translation>
    </message>
    <message>
        <source>Median seconds until the office confirmed</source>
        <translation>Median der Sekunden bis zur Bestätigung durch das Amt</translation>
    </message>
    <message>
        <source>Where abandoned sessions stopped</source>
        <translation>Wo abgebrochene Sitzungen endeten</translation>
    </message>
    <message>
        <source>Seconds per step: {service}</source>
        <translation>Sekunden je Schritt: {service}</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Satisfaction: answers per face</source>
        <translation>Zufriedenheit: Antworten je Gesicht</translation>
    </message>
    <message>
        <source>Identification methods (completed sessions)</source>
        <translation>Identifizierungsarten (abgeschlossene Sitzungen)</translation>
    </message>
    <message>
        <source>Payment methods (completed sessions)</source>
        <translation>Zahlungsarten (abgeschlossene Sitzungen)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>No personal data: no names, answers or reference numbers, times only to the hour.</source>
        <translation>Keine personenbezogenen Daten: keine Namen, Antworten oder Vorgangsnummern, Zeiten nur auf die Stunde.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The application could not be saved on this terminal. Please try again; if it happens again, ask the staff for help.</source>
        <translation>Der Antrag konnte auf diesem Terminal nicht gespeichert werden. Bitte versuchen Sie es noch einmal; wenn es wieder nicht klappt, wenden Sie sich an die Mitarbeitenden.</translation>
    </message>
    <message>
        <source>The terminal&apos;s signing key cannot be read ({error}). Ask the technician to check the disk and the settings &apos;signing_key&apos; and &apos;signing_cert&apos;.</source>
        <translation>Der Signaturschlüssel des Terminals kann nicht gelesen werden ({error}). Bitten Sie die Technik, den Datenträger und die Einstellungen „signing_key“ und „signing_cert“ zu prüfen.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The storage key of this terminal cannot be used. Applications cannot be saved or sent until a technician has checked the terminal. Please ask the staff at the counter.</source>
        <translation>Der Speicherschlüssel dieses Terminals kann nicht verwendet werden. Anträge können erst wieder gespeichert oder übermittelt werden, wenn die Technik das Terminal geprüft hat. Bitte wenden Sie sich an die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>A saved application on this terminal cannot be read (it is damaged or was saved with another key). Please ask the staff at the counter.</source>
        <translation>Ein an diesem Terminal gespeicherter Antrag kann nicht gelesen werden (er ist beschädigt oder wurde mit einem anderen Schlüssel gespeichert). Bitte wenden Sie sich an die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>This application could not be saved on the terminal. Nothing you saved before is lost. Please ask the staff at the counter.</source>
        <translation>Dieser Antrag konnte an diesem Terminal nicht gespeichert werden. Bereits gespeicherte Anträge sind nicht verloren. Bitte wenden Sie sich an die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be opened. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translation>Der Antragsspeicher dieses Terminals kann nicht geöffnet werden. Bereits gespeicherte Anträge sind nicht verloren. Bitte wenden Sie sich an die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be used at the moment. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translation>Der Antragsspeicher dieses Terminals kann im Moment nicht verwendet werden. Bereits gespeicherte Anträge sind nicht verloren. Bitte wenden Sie sich an die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>This terminal is not allowed to send to the central case system at the moment (its access was refused). The application is kept safely on this terminal. Please ask a technician.</source>
        <translation>Dieses Terminal darf im Moment nicht an das zentrale Fachverfahren übermitteln (der Zugang wurde abgelehnt). Der Antrag bleibt sicher an diesem Terminal gespeichert. Bitte wenden Sie sich an die Technik.</translation>
    </message>
    <message>
        <source>The central case system cannot be reached at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translation>Das zentrale Fachverfahren ist im Moment nicht erreichbar. Der Antrag bleibt sicher an diesem Terminal gespeichert und wird automatisch übermittelt.</translation>
    </message>
    <message>
        <source>The central case system is busy at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translation>Das zentrale Fachverfahren ist im Moment ausgelastet. Der Antrag bleibt sicher an diesem Terminal gespeichert und wird automatisch übermittelt.</translation>
    </message>
    <message>
        <source>The connection to the central case system is not trusted (its certificate could not be verified). Nothing is sent. The application is kept safely on this terminal. Please ask a technician.</source>
        <translation>Die Verbindung zum zentralen Fachverfahren ist nicht vertrauenswürdig (das Zertifikat konnte nicht geprüft werden). Es wird nichts übermittelt. Der Antrag bleibt sicher auf diesem Gerät gespeichert. Bitte wenden Sie sich an die Technik.</translation>
    </message>
    <message>
        <source>The central case system did not accept the application (error {status}). The application is kept on this terminal. Please ask the staff at the counter.</source>
        <translation>Das zentrale Fachverfahren hat den Antrag nicht angenommen (Fehler {status}). Der Antrag bleibt an diesem Terminal gespeichert. Bitte wenden Sie sich an die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>There is no outbox in {path}.</source>
        <translation>In {path} gibt es keinen Ausgangsspeicher.</translation>
    </message>
    <message>
        <source>The encryption key of the central case system was refused: it does not meet the security requirements. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translation>Der Verschlüsselungsschlüssel des zentralen Fachverfahrens wurde abgelehnt: Er erfüllt die Sicherheitsanforderungen nicht. Es wurde nichts gesendet; der Antrag bleibt auf diesem Terminal gespeichert. Bitte wenden Sie sich an einen Techniker.</translation>
    </message>
    <message>
        <source>The answer of the central case system could not be verified. The application is kept safely on this terminal and will be checked again automatically.</source>
        <translation>Die Antwort des zentralen Fachverfahrens konnte nicht geprüft werden. Der Antrag bleibt sicher an diesem Terminal gespeichert und wird automatisch erneut geprüft.</translation>
    </message>
    <message>
        <source>This application cannot be sent to the case system in its present form. It is kept on this terminal. Please ask the staff at the counter.</source>
        <translation>Dieser Antrag kann in seiner jetzigen Form nicht an das Fachverfahren übermittelt werden. Er bleibt an diesem Terminal gespeichert. Bitte wenden Sie sich an die Mitarbeitenden am Schalter.</translation>
    </message>
    <message>
        <source>The central case system&apos;s destination does not take this kind of application. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translation>Der Zustellpunkt des zentralen Fachverfahrens nimmt diese Art von Antrag nicht an. Es wurde nichts gesendet; der Antrag bleibt auf diesem Terminal gespeichert. Bitte wenden Sie sich an einen Techniker.</translation>
    </message>
</context>
<context>
    <name>Tablet</name>
    <message>
        <source>The tablet cannot listen on {host}, port {port} ({error}). Another program may use the port: stop it, or choose another port with --port.</source>
        <translation>Das Tablet kann nicht auf {host}, Port {port} lauschen ({error}). Vielleicht nutzt ein anderes Programm den Port: Beenden Sie es oder wählen Sie mit --port einen anderen Port.</translation>
    </message>
    <message>
        <source>The TLS certificate {cert} or its key {key} cannot be used ({error}). Give the PEM files with --tls-cert and --tls-key (the key matching the certificate).</source>
        <translation>Das TLS-Zertifikat {cert} oder sein Schlüssel {key} kann nicht verwendet werden ({error}). Geben Sie die PEM-Dateien mit --tls-cert und --tls-key an (den zum Zertifikat passenden Schlüssel).</translation>
    </message>
</context>
<context>
    <name>TabletWindow</name>
    <message>
        <source>Signing at the counter</source>
        <translation>Unterschrift am Schalter</translation>
    </message>
    <message>
        <source>The clerk sends the document here. You can read it first and then sign it with your finger or the pen.</source>
        <translation>Die Sachbearbeitung schickt Ihnen das Dokument hierher. Sie können es zuerst lesen und dann mit dem Finger oder dem Stift unterschreiben.</translation>
    </message>
    <message>
        <source>Please sign</source>
        <translation>Bitte unterschreiben Sie</translation>
    </message>
    <message>
        <source>Read the document. Then sign in the box with your finger or the pen.</source>
        <translation>Lesen Sie das Dokument. Unterschreiben Sie dann im Feld mit dem Finger oder dem Stift.</translation>
    </message>
    <message>
        <source>Signature box</source>
        <translation>Unterschriftsfeld</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>Nicht unterschreiben</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translation>Löschen und neu unterschreiben</translation>
    </message>
    <message>
        <source>Confirm signature</source>
        <translation>Unterschrift bestätigen</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Ihre Unterschrift</translation>
    </message>
    <message>
        <source>Signature {n} of {total}: {field}</source>
        <translation>Unterschrift {n} von {total}: {field}</translation>
    </message>
    <message>
        <source>This signature goes on page {page} of the document.</source>
        <translation>Diese Unterschrift gehört auf Seite {page} des Dokuments.</translation>
    </message>
    <message>
        <source>The document was not signed. The clerk has been told.</source>
        <translation>Das Dokument wurde nicht unterschrieben. Die Sachbearbeitung ist informiert.</translation>
    </message>
    <message>
        <source>Thank you. Your signature is with the clerk now.</source>
        <translation>Vielen Dank. Ihre Unterschrift ist jetzt bei der Sachbearbeitung.</translation>
    </message>
    <message>
        <source>The clerk has taken the document back.</source>
        <translation>Die Sachbearbeitung hat das Dokument zurückgenommen.</translation>
    </message>
    <message>
        <source>The document could not be signed. Please tell the clerk.</source>
        <translation>Das Dokument konnte nicht unterschrieben werden. Bitte sagen Sie es der Sachbearbeitung.</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translation>Dokument zur Unterschrift</translation>
    </message>
    <message>
        <source>Thank you. The signed document is being prepared…</source>
        <translation>Vielen Dank. Das unterschriebene Dokument wird erstellt …</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Please shorten this to at most {max} characters (now {count}).</source>
        <translation>Bitte kürzen Sie den Text auf höchstens {max} Zeichen (jetzt {count}).</translation>
    </message>
    <message>
        <source>Please remove the special characters that cannot be printed.</source>
        <translation>Bitte entfernen Sie die Sonderzeichen, die nicht gedruckt werden können.</translation>
    </message>
    <message>
        <source>Please use letters only; spaces, hyphens (-) and apostrophes (&apos;) are allowed.</source>
        <translation>Bitte verwenden Sie nur Buchstaben; Leerzeichen, Bindestriche (-) und Apostrophe (&apos;) sind erlaubt.</translation>
    </message>
    <message>
        <source>Please enter the date as DD.MM.YYYY, for example 24.03.1985.</source>
        <translation>Bitte geben Sie das Datum als TT.MM.JJJJ ein, zum Beispiel 24.03.1985.</translation>
    </message>
    <message>
        <source>Please write the year with four digits, for example 1985.</source>
        <translation>Bitte schreiben Sie das Jahr mit vier Ziffern, zum Beispiel 1985.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check day and month.</source>
        <translation>Dieses Datum gibt es nicht. Bitte prüfen Sie Tag und Monat.</translation>
    </message>
    <message>
        <source>This date is in the future. Please enter a date in the past.</source>
        <translation>Dieses Datum liegt in der Zukunft. Bitte geben Sie ein Datum in der Vergangenheit ein.</translation>
    </message>
    <message>
        <source>Please check the year: the date is more than {years} years ago.</source>
        <translation>Bitte prüfen Sie das Jahr: Das Datum liegt mehr als {years} Jahre zurück.</translation>
    </message>
    <message>
        <source>Please check the year: the date must be at least {years} years ago.</source>
        <translation>Bitte prüfen Sie das Jahr: Das Datum muss mindestens {years} Jahre zurückliegen.</translation>
    </message>
    <message>
        <source>Please enter the 5-digit postal code, for example 55116.</source>
        <translation>Bitte geben Sie die fünfstellige Postleitzahl ein, zum Beispiel 55116.</translation>
    </message>
    <message>
        <source>Please enter a whole number from {min} to {max}.</source>
        <translation>Bitte geben Sie eine ganze Zahl von {min} bis {max} ein.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>Bitte geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Bitte wählen Sie eine der Möglichkeiten.</translation>
    </message>
    <message>
        <source>Please enter a house number such as 12, 12a or 7-9.</source>
        <translation>Bitte geben Sie eine Hausnummer wie 12, 12a oder 7-9 ein.</translation>
    </message>
    <message>
        <source>Please use Latin letters only, as in a German passport; some characters here cannot be recorded by the registry.</source>
        <translation>Bitte verwenden Sie nur lateinische Buchstaben wie im deutschen Pass; einige Zeichen hier kann das Register nicht speichern.</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12,5.</source>
        <translation>Bitte geben Sie eine Zahl ein, zum Beispiel 12 oder 12,5.</translation>
    </message>
    <message>
        <source>Please enter a number from {min} to {max}.</source>
        <translation>Bitte geben Sie eine Zahl von {min} bis {max} ein.</translation>
    </message>
    <message>
        <source>Please enter an amount in euros, for example 12,50.</source>
        <translation>Bitte geben Sie einen Betrag in Euro ein, zum Beispiel 12,50.</translation>
    </message>
    <message>
        <source>Please choose yes or no.</source>
        <translation>Bitte wählen Sie Ja oder Nein.</translation>
    </message>
    <message>
        <source>Please choose at least {min} of the options.</source>
        <translation>Bitte wählen Sie mindestens {min} der Möglichkeiten.</translation>
    </message>
    <message>
        <source>Please choose at most {max} of the options.</source>
        <translation>Bitte wählen Sie höchstens {max} der Möglichkeiten.</translation>
    </message>
    <message>
        <source>Please enter the IBAN as printed on your bank card, for example DE89 3704 0044 0532 0130 00.</source>
        <translation>Bitte geben Sie die IBAN wie auf Ihrer Bankkarte ein, zum Beispiel DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <source>This IBAN contains a typing error (its check digits do not match). Please compare it with your bank card.</source>
        <translation>Diese IBAN enthält einen Tippfehler (die Prüfziffern passen nicht). Bitte vergleichen Sie sie mit Ihrer Bankkarte.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address such as name@example.de.</source>
        <translation>Bitte geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.de.</translation>
    </message>
    <message>
        <source>Please enter a phone number using digits, for example 06131 12345 or +49 6131 12345.</source>
        <translation>Bitte geben Sie eine Telefonnummer mit Ziffern ein, zum Beispiel 06131 12345 oder +49 6131 12345.</translation>
    </message>
    <message>
        <source>Please check the format of this entry.</source>
        <translation>Bitte prüfen Sie das Format dieser Angabe.</translation>
    </message>
    <message>
        <source>Please enter a date at most {days} days from today.</source>
        <translation>Bitte geben Sie ein Datum ein, das höchstens {days} Tage in der Zukunft liegt.</translation>
    </message>
    <message>
        <source>Please add at least {min} entries.</source>
        <translation>Bitte fügen Sie mindestens {min} Einträge hinzu.</translation>
    </message>
    <message>
        <source>Please add at most {max} entries.</source>
        <translation>Bitte fügen Sie höchstens {max} Einträge hinzu.</translation>
    </message>
    <message>
        <source>Entry {number} is incomplete or has a mistake. Please check it.</source>
        <translation>Eintrag {number} ist unvollständig oder enthält einen Fehler. Bitte prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>Please take the document from the scanner, or choose to hand it in at the counter.</source>
        <translation>Bitte übernehmen Sie das Dokument vom Scanner oder wählen Sie, es am Schalter abzugeben.</translation>
    </message>
    <message>
        <source>This kind of file cannot be used here. Please scan the document again as one of: {kinds}.</source>
        <translation>Diese Dateiart kann hier nicht verwendet werden. Bitte scannen Sie das Dokument erneut in einem dieser Formate: {kinds}.</translation>
    </message>
    <message>
        <source>This file is too large ({size}; at most {max}). Please scan it with a lower resolution, or hand the document in at the counter.</source>
        <translation>Diese Datei ist zu groß ({size}; höchstens {max}). Bitte scannen Sie mit einer geringeren Auflösung oder geben Sie das Dokument am Schalter ab.</translation>
    </message>
    <message>
        <source>This file cannot be read; it may be damaged or incomplete. Please scan the document again.</source>
        <translation>Diese Datei kann nicht gelesen werden; sie ist möglicherweise beschädigt oder unvollständig. Bitte scannen Sie das Dokument erneut.</translation>
    </message>
    <message>
        <source>This image uses a colour format for printing (CMYK). Please scan the document again in colour or greyscale.</source>
        <translation>Dieses Bild verwendet ein Farbformat für den Druck (CMYK). Bitte scannen Sie das Dokument erneut in Farbe oder Graustufen.</translation>
    </message>
    <message>
        <source>This image has too many pixels. Please scan it with a lower resolution; 300 dpi is enough.</source>
        <translation>Dieses Bild hat zu viele Bildpunkte. Bitte scannen Sie mit einer geringeren Auflösung; 300 dpi genügen.</translation>
    </message>
    <message>
        <source>Please use a photo in portrait format (taller than wide), as for a passport.</source>
        <translation>Bitte verwenden Sie ein Foto im Hochformat (höher als breit), wie für einen Pass.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Please scan the paper document instead, or hand it in at the counter.</source>
        <translation>Diese PDF-Datei ist mit einem Passwort geschützt. Bitte scannen Sie stattdessen das Papierdokument oder geben Sie es am Schalter ab.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to the {office}</source>
        <translation>Willkommen im {office}</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translation>Bitte wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted until the office has it, then erased.</source>
        <translation>Nach dem Vorgang ist von Ihnen an diesem Gerät nichts mehr zu sehen. Ihr Antrag bleibt hier verschlüsselt gespeichert, bis das Bürgerbüro ihn hat, und wird dann gelöscht.</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted and erased {days} days after the office has it.</source>
        <translation>Nach dem Vorgang ist von Ihnen an diesem Gerät nichts mehr zu sehen. Ihr Antrag bleibt hier verschlüsselt gespeichert und wird {days} Tage, nachdem das Bürgerbüro ihn hat, gelöscht.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translation>Zum Termin anmelden</translation>
    </message>
</context>
</TS>
