<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>In the form definition {path}, &apos;{key}&apos; must be a non-empty text in this language. Add the translation.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ ein nicht leerer Text in dieser Sprache sein. Ergänzen Sie die Übersetzung.</translation>
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
        <source>In the form definition {path}, &apos;{key}&apos; names an unknown field type. Known types: {known}.</source>
        <translation>In der Formulardefinition {path} nennt „{key}“ einen unbekannten Feldtyp. Bekannte Typen: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the value of one of the options.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ der Wert einer der Auswahlmöglichkeiten sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a non-empty text.</source>
        <translation>In der Formulardefinition {path} muss „{key}“ ein nicht leerer Text sein.</translation>
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
        <source>Setting &apos;data_dir&apos; in {path} must be a directory path in quotes.</source>
        <translation>Die Einstellung „data_dir“ in {path} muss ein Verzeichnispfad in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>Setting &apos;languages&apos; in {path} must be a list taken from: {known}.</source>
        <translation>Die Einstellung „languages“ in {path} muss eine Liste mit Werten aus {known} sein.</translation>
    </message>
    <message>
        <source>Setting &apos;default_language&apos; in {path} must be one of: {known}.</source>
        <translation>Die Einstellung „default_language“ in {path} muss einer dieser Werte sein: {known}.</translation>
    </message>
    <message>
        <source>In {path}, &apos;idle_warning_s&apos; must be shorter than &apos;idle_timeout_s&apos;.</source>
        <translation>In {path} muss „idle_warning_s“ kleiner als „idle_timeout_s“ sein.</translation>
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
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong on this terminal. Your data has not been lost. Please ask the staff at the counter for help.</source>
        <translation>An diesem Terminal ist ein Fehler aufgetreten. Ihre Daten sind nicht verloren. Bitte wenden Sie sich an die Mitarbeitenden am Schalter.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
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
        <source>Format: DD.MM.YYYY</source>
        <translation>Format: TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who is the application for?</source>
        <translation>Für wen ist der Antrag?</translation>
    </message>
    <message>
        <source>Do you have your ID card, passport or residence permit with you? Lay it on the card reader.</source>
        <translation>Haben Sie Ihren Personalausweis, Reisepass oder Aufenthaltstitel dabei? Legen Sie ihn auf das Kartenlesegerät.</translation>
    </message>
    <message>
        <source>Place ID card on reader</source>
        <translation>Ausweis auflegen</translation>
    </message>
    <message>
        <source>Reading the card is not yet switched on at this terminal. Please type in your details below.</source>
        <translation>Das Auslesen des Ausweises ist an diesem Terminal noch nicht eingeschaltet. Bitte geben Sie Ihre Daten unten ein.</translation>
    </message>
    <message>
        <source>Please type in your details as they appear on your ID card.</source>
        <translation>Bitte geben Sie Ihre Daten so ein, wie sie in Ihrem Ausweis stehen.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Brauchen Sie mehr Zeit?</translation>
    </message>
    <message>
        <source>For your privacy, this session ends in {seconds} seconds and everything you entered is deleted.</source>
        <translation>Zum Schutz Ihrer Daten endet diese Sitzung in {seconds} Sekunden. Alle Ihre Eingaben werden dann gelöscht.</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translation>Ja, mehr Zeit</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translation>Schritt {current} von {total}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
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
        <source>Please note the number or photograph the QR code. You will be told when the certificate is ready.</source>
        <translation>Bitte notieren Sie die Nummer oder fotografieren Sie den QR-Code. Sie werden benachrichtigt, sobald die Bescheinigung fertig ist.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
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
        <source>{service} — at the counter</source>
        <translation>{service} — am Schalter</translation>
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
</context>
</TS>
