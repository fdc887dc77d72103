<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de-x-ls" sourcelanguage="en">
<context>
    <name>Address</name>
    <message>
        <source>Street</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Straße</translation>
    </message>
    <message>
        <source>House number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>Check in for your appointment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie haben einen Termin? Hier melden Sie sich an.</translation>
    </message>
    <message>
        <source>Hold the QR code of your appointment confirmation under the scanner, or type the code from the confirmation (for example 100044-57c2).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie haben eine Termin-Bestätigung bekommen. Darauf ist ein QR-Code. Halten Sie den QR-Code unter den Scanner. Oder tippen Sie den Code ein. Zum Beispiel: 100044-57c2.</translation>
    </message>
    <message>
        <source>Code from your confirmation</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Code aus der Bestätigung</translation>
    </message>
    <message>
        <source>Check in</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>One moment, please …</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte warten Sie kurz.</translation>
    </message>
    <message>
        <source>No appointment: take a waiting ticket</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie haben keinen Termin? Hier bekommen Sie eine Warte-Nummer.</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Which service do you need? You will get a waiting ticket.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Was brauchen Sie? Tippen Sie darauf. Dann bekommen Sie eine Warte-Nummer.</translation>
    </message>
    <message>
        <source>Your ticket is being printed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ihr Zettel wird jetzt gedruckt.</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nehmen Sie bitte den Zettel aus dem Drucker.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Zettel wurde nicht gedruckt. Bitte merken Sie sich Ihre Nummer.</translation>
    </message>
    <message>
        <source>You are checked in. The display may take a few minutes to show it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie sind angemeldet. Der Bildschirm im Warte-Bereich zeigt es vielleicht erst später.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Waiting ticket</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Warte-Nummer</translation>
    </message>
    <message>
        <source>Your number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ihre Nummer</translation>
    </message>
    <message>
        <source>Counter area: {area}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hier warten Sie: {area}</translation>
    </message>
    <message>
        <source>Your appointment: {time}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ihr Termin ist um {time} Uhr.</translation>
    </message>
    <message>
        <source>Please wait until your number is called on the screen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte warten Sie. Ihre Nummer kommt auf dem Bildschirm. Dann sind Sie dran.</translation>
    </message>
    <message>
        <source>This code does not match any of today&apos;s appointments. Please check it, or take a waiting ticket without an appointment.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zu diesem Code gibt es heute keinen Termin. Bitte prüfen Sie den Code. Oder holen Sie sich eine Warte-Nummer ohne Termin.</translation>
    </message>
    <message>
        <source>This is not the code of an appointment confirmation. Please check it, or take a waiting ticket without an appointment.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das ist kein Code von einer Termin-Bestätigung. Bitte prüfen Sie den Code. Oder holen Sie sich eine Warte-Nummer ohne Termin.</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Please wait until your number is called.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie sind für diesen Termin schon angemeldet. Bitte warten Sie. Ihre Nummer kommt auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Checking in is not possible at the moment. Please take a waiting ticket without an appointment or ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Anmelden geht gerade nicht. Holen Sie sich bitte eine Warte-Nummer ohne Termin. Oder fragen Sie am Schalter.</translation>
    </message>
</context>
<context>
    <name>Cancel</name>
    <message>
        <source>Cancel the application?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wollen Sie aufhören?</translation>
    </message>
    <message>
        <source>Everything you entered is deleted, and the terminal starts again for the next person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dann löscht das Gerät alles. Die nächste Person fängt neu an.</translation>
    </message>
    <message>
        <source>Yes, cancel and delete</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ja, aufhören</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nein, weiter</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>The card reader could not read the chip. Please try again, or type in your details. If it happens again, ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Lese·gerät kann den Chip nicht lesen. Bitte versuchen Sie es noch einmal. Oder tippen Sie Ihre Daten selbst ein. Passiert das wieder? Dann fragen Sie bitte am Schalter nach Hilfe.</translation>
    </message>
    <message>
        <source>The card reader is not answering. Please type in your details, or ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Lese·gerät antwortet nicht. Bitte tippen Sie Ihre Daten selbst ein. Oder fragen Sie am Schalter nach Hilfe.</translation>
    </message>
    <message>
        <source>The card reader service is not running. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Programm für das Lese·gerät läuft nicht. Bitte fragen Sie am Schalter nach Hilfe.</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Lese·gerät für Ausweise ist nicht angeschlossen. Bitte fragen Sie am Schalter nach Hilfe.</translation>
    </message>
    <message>
        <source>No document is lying on the card reader. Please place your ID card or passport on the reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Auf dem Lese·gerät liegt kein Ausweis. Bitte legen Sie Ihren Personalausweis oder Ihren Reisepass auf das Lese·gerät.</translation>
    </message>
    <message>
        <source>The document was removed while it was being read. Please place it on the reader again and leave it there until the form is filled in.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie haben den Ausweis zu früh weg·genommen. Bitte legen Sie den Ausweis wieder auf das Lese·gerät. Lassen Sie ihn dort liegen, bis das Formular fertig ist.</translation>
    </message>
    <message>
        <source>This card is not an ID card, passport or residence permit with a chip. Please type in your details instead.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diese Karte ist kein Ausweis mit Chip. Das Gerät liest nur: Personalausweis, Reisepass oder Aufenthaltstitel mit Chip. Bitte tippen Sie Ihre Daten selbst ein.</translation>
    </message>
    <message>
        <source>The chip did not accept the numbers entered. Please check the card access number or the document number and dates, and try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Chip hat die Nummern nicht angenommen. Bitte prüfen Sie die Zugangs·nummer. Oder prüfen Sie die Dokumenten·nummer und die beiden Datums·angaben. Versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The chip of this document is blocked or suspended. Please type in your details, or ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Chip von diesem Ausweis ist gesperrt. Bitte tippen Sie Ihre Daten selbst ein. Oder fragen Sie am Schalter nach Hilfe.</translation>
    </message>
    <message>
        <source>This card reader cannot read this document (it does not support extended-length commands). Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dieses Lese·gerät kann diesen Ausweis nicht lesen. Der Grund: Das Lese·gerät kennt keine langen Befehle (extended length). Bitte fragen Sie am Schalter nach Hilfe.</translation>
    </message>
    <message>
        <source>The document could not be read. Please place it on the reader again, or type in your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann den Ausweis nicht lesen. Bitte legen Sie ihn noch einmal auf das Lese·gerät. Oder tippen Sie Ihre Daten selbst ein.</translation>
    </message>
</context>
<context>
    <name>CardAccessPanel</name>
    <message>
        <source>ID card or residence permit</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Personalausweis oder Aufenthaltstitel</translation>
    </message>
    <message>
        <source>Passport</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>Document number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dokumentennummer</translation>
    </message>
    <message>
        <source>Date of birth (DD.MM.YYYY)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geburtsdatum (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Date of expiry (DD.MM.YYYY)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gültig bis (TT.MM.JJJJ)</translation>
    </message>
    <message>
        <source>Read the chip</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Chip lesen</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number. It is printed on the front of your ID card, bottom right.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie die Zugangs·nummer ein. Die Zugangs·nummer hat 6 Ziffern. Sie steht vorne auf Ihrem Ausweis, unten rechts.</translation>
    </message>
    <message>
        <source>Please enter the document number and the two dates as printed on the photo page of your passport.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie die Dokumenten·nummer und die beiden Datums·angaben ein. Sie finden alles im Reisepass auf der Seite mit Ihrem Foto. Schreiben Sie alles genau so wie im Pass.</translation>
    </message>
    <message>
        <source>If your date of birth is printed with XX for the day or month, type XX there too.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Steht bei Ihrem Geburts·datum XX für den Tag oder den Monat? Dann schreiben Sie dort auch XX.</translation>
    </message>
    <message>
        <source>The card access number has exactly 6 digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Zugangs·nummer hat genau 6 Ziffern.</translation>
    </message>
    <message>
        <source>Please enter the document number (letters and digits).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie die Dokumenten·nummer ein. Die Nummer hat Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Please enter the dates as DD.MM.YYYY, for example 24.03.1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte schreiben Sie die Datums·angaben so: TT.MM.JJJJ. Zum Beispiel: 24.03.1985.</translation>
    </message>
</context>
<context>
    <name>ChipCheck</name>
    <message>
        <source>Chip check (passive authentication): verified. The data read from the chip is signed by the issuing state.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Chip-Prüfung (passive Authentisierung): in Ordnung. Die Daten auf dem Chip hat der Staat unterschrieben, der das Dokument ausgestellt hat.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): NOT verified. Please check the identity document in person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Chip-Prüfung (passive Authentisierung): NICHT in Ordnung. Bitte prüfen Sie das Ausweis-Dokument selbst.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): not done, this terminal has no CSCA certificates configured. Please check the identity document in person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Chip-Prüfung (passive Authentisierung): nicht gemacht. Dieses Terminal hat keine CSCA-Zertifikate. Bitte prüfen Sie das Ausweis-Dokument selbst.</translation>
    </message>
    <message>
        <source>The chip also proved that it is the document&apos;s original chip (chip authentication).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Chip hat auch gezeigt: Er ist der echte Chip von dem Dokument (Chip-Authentisierung).</translation>
    </message>
    <message>
        <source>The terminal has no revocation list of the issuing state: a revoked document signer would not have been noticed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Terminal hat keine Sperr-Liste von dem Staat. Ein gesperrtes Signier-Zertifikat hätte das Terminal nicht bemerkt.</translation>
    </message>
    <message>
        <source>The chip holds no security data (EF.SOD).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Auf dem Chip sind keine Sicherheits-Daten (EF.SOD).</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) could not be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Terminal konnte die Sicherheits-Daten vom Chip (EF.SOD) nicht lesen.</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) is damaged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Sicherheits-Daten vom Chip (EF.SOD) sind kaputt.</translation>
    </message>
    <message>
        <source>The data read from the chip does not match the chip&apos;s security data.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Daten vom Chip passen nicht zu den Sicherheits-Daten vom Chip.</translation>
    </message>
    <message>
        <source>The signature of the chip&apos;s data is not valid.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift von den Chip-Daten ist nicht gültig.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not in the terminal&apos;s store.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Zertifikat von dem Staat (CSCA) ist nicht im Speicher vom Terminal.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not valid.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Zertifikat von dem Staat (CSCA) ist nicht gültig.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate is not valid today.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Zertifikat vom Signierer ist heute nicht gültig.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate has been revoked.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Zertifikat vom Signierer ist gesperrt.</translation>
    </message>
    <message>
        <source>The terminal cannot check this document&apos;s signature method.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Terminal kann diese Art von Unterschrift nicht prüfen.</translation>
    </message>
    <message>
        <source>The chip could not prove that it is the document&apos;s original chip (chip authentication).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Chip konnte nicht zeigen: Er ist der echte Chip von dem Dokument (Chip-Authentisierung).</translation>
    </message>
    <message>
        <source>The chip&apos;s key for chip authentication (EF.CardSecurity) could not be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Terminal konnte den Schlüssel vom Chip für die Chip-Prüfung (EF.CardSecurity) nicht lesen.</translation>
    </message>
</context>
<context>
    <name>ChoiceSearch</name>
    <message>
        <source>Type to search the list</source>
        <translation>Tippen Sie hier. Dann sehen Sie weniger in der Liste.</translation>
    </message>
    <message>
        <source>{count} more: type more letters to narrow the list</source>
        <translation>Noch {count} weitere. Tippen Sie mehr Buchstaben. Dann wird die Liste kürzer.</translation>
    </message>
    <message>
        <source>Nothing found: type fewer letters</source>
        <translation>Nichts gefunden. Tippen Sie weniger Buchstaben.</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a known key. Known keys here: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: Den Schlüssel „{key}“ gibt es nicht. Diese Schlüssel gibt es hier: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a JSON {expected}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss diesen JSON-Typ haben: {expected}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is missing. Add it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ fehlt. Bitte ergänzen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ darf nur diese Zeichen haben: kleine Buchstaben, Ziffern, „_“ und „-“. Das 1. Zeichen muss ein Buchstabe sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, the id at &apos;{key}&apos; is used twice. Give each one its own id.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: Die ID bei „{key}“ gibt es 2 Mal. Jeder Eintrag braucht eine eigene ID.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the German text alone (format 2); the translations belong in assets/translations/forms_*.ts. Run packaging/update-translations.sh.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: Bei „{key}“ darf nur der deutsche Text stehen (Format 2). Die Übersetzungen gehören in die Dateien assets/translations/forms_*.ts. Bitte starten Sie packaging/update-translations.sh.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a non-empty text.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss ein Text sein. Der Text darf nicht leer sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at least {low}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss mindestens {low} sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must equal the file name without &apos;.json&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss genau so heißen wie der Datei·name ohne „.json“.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a three-letter currency code such as EUR.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss ein Währungs·code mit 3 Buchstaben sein. Zum Beispiel: EUR.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least one entry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: Bei „{key}“ muss mindestens 1 Eintrag stehen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be {low}: this kiosk reads no other version of the format.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss den Wert {low} haben. Dieses Gerät kann nur diese Version vom Format lesen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a SEPA creditor identifier such as DE98ZZZ09999999999.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss eine SEPA-Gläubiger-Identifikationsnummer sein. Zum Beispiel: DE98ZZZ09999999999.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of type iban of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss ein Feld von diesem Formular nennen. Das Feld muss den Typ iban haben.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss ein Feld von diesem Formular nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name another field of the same group.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss ein anderes Feld aus derselben Gruppe nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a date field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss ein Datums·feld von diesem Formular nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a number field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss ein Feld für Zahlen von diesem Formular nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; names an unknown field type. Known types: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ nennt einen unbekannten Feld·typ. Diese Typen gibt es: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least two fields.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss mindestens 2 Felder nennen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos;: a file field cannot be part of a repeated group. Ask for the file in a field of its own.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path} bei „{key}“: Ein Datei·feld darf nicht in einer wiederholten Gruppe stehen. Fragen Sie die Datei in einem eigenen Feld ab.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a valid regular expression ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ ist kein gültiger regulärer Ausdruck ({error}).</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss einer von diesen Werten sein: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the value of one of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ muss der Wert von einer Auswahl·möglichkeit sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}, each at most once.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ darf nur diese Werte haben: {known}. Jeder Wert darf nur 1 Mal vorkommen.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at most {high}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ darf höchstens {high} sein.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; may list only images (image/jpeg, image/png) for a photo.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler in der Formular-Datei {path}: „{key}“ ist für ein Foto. Hier dürfen nur Bild·formate stehen: image/jpeg und image/png.</translation>
    </message>
    <message>
        <source>The form definition {path} is not valid JSON ({error}). Fix the line named in the error.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Formular-Datei {path} ist kein gültiges JSON ({error}). Bitte verbessern Sie die Zeile aus der Fehler·meldung.</translation>
    </message>
    <message>
        <source>The form definition {path} cannot be read ({error}). Check that it exists and is UTF-8 text.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann die Formular-Datei {path} nicht lesen ({error}). Bitte prüfen Sie: Gibt es die Datei? Ist die Datei UTF-8-Text?</translation>
    </message>
    <message>
        <source>No card terminal is configured: set &apos;payment_terminal&apos; in the settings file, or give --terminal HOST:PORT.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Es ist kein Karten·terminal eingerichtet. Bitte tragen Sie &apos;payment_terminal&apos; in die Einstellungs·datei ein. Oder geben Sie --terminal HOST:PORT an.</translation>
    </message>
    <message>
        <source>The settings file {path} is not valid TOML ({error}). Fix the line named in the error, or remove the file to use the defaults.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellungs·datei {path} ist kein gültiges TOML ({error}). Bitte verbessern Sie die Zeile aus der Fehler·meldung. Oder löschen Sie die Datei. Dann nimmt das Gerät die Standard·werte.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({error}). Check that it exists and that the kiosk user may read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann die Einstellungs·datei {path} nicht lesen ({error}). Bitte prüfen Sie: Gibt es die Datei? Darf der Kiosk-Benutzer die Datei lesen?</translation>
    </message>
    <message>
        <source>The settings file {path} does not exist. Give the path of an existing file, or leave out --config to use the defaults.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellungs·datei {path} gibt es nicht. Bitte geben Sie den Pfad von einer Datei an, die es gibt. Oder lassen Sie --config weg. Dann nimmt das Gerät die Standard·werte.</translation>
    </message>
    <message>
        <source>Give the path of the terminal&apos;s kiosk.toml.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geben Sie den Pfad der kiosk.toml des Terminals an.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} does not match the published schema ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} entspricht nicht dem veröffentlichten Schema ({error}).</translation>
    </message>
    <message>
        <source>Put the file or directory there, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Legen Sie die Datei oder das Verzeichnis dort ab oder korrigieren Sie die Einstellung.</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;): {problem}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der CSCA-Speicher {path} (Einstellung „csca_dir“): {problem}</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;) holds no CSCA certificate: no document chip can be verified.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Im CSCA-Speicher {path} (Einstellung „csca_dir“) ist kein CSCA-Zertifikat. Das Terminal kann keinen Chip prüfen.</translation>
    </message>
    <message>
        <source>Put the CSCA certificates, their CRLs and the master lists there; a master list also needs the setting &apos;csca_master_list_anchor&apos; with the certificate its signer was issued by.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Legen Sie die CSCA-Zertifikate, die Sperr-Listen und die Master-Listen dort ab. Für eine Master-Liste brauchen Sie auch die Einstellung „csca_master_list_anchor“. Dort steht das Zertifikat, das den Signierer von der Liste ausgestellt hat.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos; in {path}. Known settings: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} gibt es nicht. Diese Einstellungen gibt es: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a whole number from {low} to {high}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} muss eine ganze Zahl sein. Die Zahl muss von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a non-empty text in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} muss ein Text in Anführungs·zeichen sein. Der Text darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a file path in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} muss ein Datei·pfad in Anführungs·zeichen sein.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a directory path in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} muss ein Ordner·pfad in Anführungs·zeichen sein.</translation>
    </message>
    <message>
        <source>Setting &apos;languages&apos; in {path} must be a list taken from: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „languages“ in {path} muss eine Liste sein. In der Liste dürfen nur diese Werte stehen: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a table of a form id and its destination&apos;s id (a UUID) in quotes, e.g. {example}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} ist falsch. Schreiben Sie zu jedem Formular die Nummer vom Zustell-Punkt. Die Nummer steht in Anführungs-Zeichen. Zum Beispiel: {example}.</translation>
    </message>
    <message>
        <source>In {path}, &apos;idle_warning_s&apos; must be shorter than &apos;idle_timeout_s&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In {path} muss „idle_warning_s“ kleiner sein als „idle_timeout_s“.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal&apos; in {path} must be the card terminal&apos;s address as &quot;host:port&quot;, e.g. &quot;192.168.1.20:20007&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung &apos;payment_terminal&apos; in {path} muss die Adresse vom Karten·terminal sein. Schreiben Sie die Adresse so: &quot;host:port&quot;. Zum Beispiel: &quot;192.168.1.20:20007&quot;.</translation>
    </message>
    <message>
        <source>Write it like this: {example}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Schreiben Sie es so: {example}</translation>
    </message>
    <message>
        <source>Remove the line, or correct the name: did you mean &apos;{close}&apos;?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Entfernen Sie die Zeile oder korrigieren Sie den Namen: Meinten Sie „{close}“?</translation>
    </message>
    <message>
        <source>Remove the line: this version of the kiosk has no such setting (docs/configuration.md lists them).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Entfernen Sie die Zeile: Diese Version des Kiosks hat keine solche Einstellung (docs/configuration.md listet sie auf).</translation>
    </message>
    <message>
        <source>Correct that line: texts in double quotes, numbers without, lists in [ ], one setting per line.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Korrigieren Sie diese Zeile: Texte in doppelten Anführungszeichen, Zahlen ohne, Listen in [ ], eine Einstellung pro Zeile.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 text (in the editor: Save as, encoding UTF-8).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Speichern Sie die Datei als UTF-8-Text (im Editor: Speichern unter, Kodierung UTF-8).</translation>
    </message>
    <message>
        <source>Write [kiosk] on a line of its own and the settings on the lines below it, or leave [kiosk] out altogether.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Schreiben Sie [kiosk] in eine eigene Zeile und die Einstellungen in die Zeilen darunter, oder lassen Sie [kiosk] ganz weg.</translation>
    </message>
    <message>
        <source>Move the line below [kiosk].</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Verschieben Sie die Zeile unter [kiosk].</translation>
    </message>
    <message>
        <source>Check that the file exists and that the kiosk user may read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prüfen Sie, ob die Datei vorhanden ist und der Kiosk-Benutzer sie lesen darf.</translation>
    </message>
    <message>
        <source>Set these together: {keys}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Setzen Sie diese zusammen: {keys}.</translation>
    </message>
    <message>
        <source>The settings file {path} is not UTF-8 text (a character such as ü or ß was saved in another encoding).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellungsdatei {path} ist kein UTF-8-Text (ein Zeichen wie ü oder ß wurde in einer anderen Kodierung gespeichert).</translation>
    </message>
    <message>
        <source>In {path}, &apos;kiosk&apos; must be the table [kiosk] that holds the settings, not a value.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In {path} muss „kiosk“ die Tabelle [kiosk] sein, die die Einstellungen enthält, kein Wert.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} is outside the [kiosk] table, where the kiosk does not read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} steht außerhalb der Tabelle [kiosk], wo der Kiosk sie nicht liest.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be one of: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} muss einer dieser Werte sein: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be an address that starts with {schemes}, e.g. {example}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} muss eine Adresse sein, die mit {schemes} beginnt, z. B. {example}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} names {unknown}, which this kiosk does not offer. Services: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „{key}“ in {path} ist falsch. Dort steht {unknown}. Das gibt es an diesem Gerät nicht. Diese Dienste gibt es: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal_password&apos; in {path} must be the terminal&apos;s six-digit password, e.g. &quot;000000&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung &apos;payment_terminal_password&apos; in {path} muss das Pass·wort vom Karten·terminal sein. Das Pass·wort hat 6 Ziffern. Zum Beispiel: &quot;000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;destination_id&apos; in {path} must be the destination&apos;s id (Zustellpunkt-ID) as FIT-Connect&apos;s self-service portal shows it, a UUID such as &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „destination_id“ in {path} ist falsch. Schreiben Sie die Nummer vom Zustell-Punkt. Sie finden die Nummer im Portal von FIT-Connect. Zum Beispiel: &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;fitconnect_region&apos; in {path} must be an Amtlicher Regionalschlüssel with DE in front, e.g. &quot;DE073350000000&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung „fitconnect_region“ in {path} ist falsch. Schreiben Sie den Regional-Schlüssel mit DE am Anfang. Zum Beispiel: &quot;DE073350000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;payee_iban&apos; in {path} is not an IBAN. Write it as on the office&apos;s bank statement, e.g. &quot;DE02120300000000202051&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung &apos;payee_iban&apos; in {path} ist keine IBAN. Schreiben Sie die IBAN so wie auf dem Konto·auszug vom Amt. Zum Beispiel: &quot;DE02120300000000202051&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} holds the PIN itself. Nobody may read it there: run &apos;buergerbuero config pin&apos;, give the PIN twice, and write the line it prints instead.</source>
        <translation>Die Einstellung &apos;staff_pin&apos; in {path} enthält die PIN selbst. Das ist nicht sicher. Führen Sie &apos;buergerbuero config pin&apos; aus. Geben Sie die PIN zweimal ein. Schreiben Sie dann die Zeile in die Datei, die der Befehl zeigt.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} is not a PIN hash as &apos;buergerbuero config pin&apos; prints it (&quot;$scrypt$ln=…&quot;). Run it again and copy the whole line.</source>
        <translation>Die Einstellung &apos;staff_pin&apos; in {path} ist kein PIN-Hash von &apos;buergerbuero config pin&apos; (&quot;$scrypt$ln=…&quot;). Führen Sie den Befehl noch einmal aus. Kopieren Sie die ganze Zeile.</translation>
    </message>
    <message>
        <source>In {path}, &apos;payee_iban&apos; needs &apos;payee_name&apos; (the account holder, as the bank knows it).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In {path} steht &apos;payee_iban&apos;. Dann muss dort auch &apos;payee_name&apos; stehen. Das ist der Name vom Konto·inhaber. Schreiben Sie den Namen so, wie die Bank ihn kennt.</translation>
    </message>
    <message>
        <source>In {path}, sending with FIT-Connect tokens needs all of fitconnect_token_url, fitconnect_client_id and fitconnect_client_secret_file.</source>
        <translation>In {path} fehlt etwas: Für FIT-Connect braucht das Gerät alle drei Einstellungen: fitconnect_token_url, fitconnect_client_id und fitconnect_client_secret_file.</translation>
    </message>
    <message>
        <source>In {path}, the appointment check-in needs all of appointment_url, appointment_scope, appointment_workstation_key and appointment_ticketprinter_hash.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In {path} fehlt etwas. Für das Anmelden zum Termin braucht man alle diese Einstellungen: appointment_url, appointment_scope, appointment_workstation_key und appointment_ticketprinter_hash.</translation>
    </message>
    <message>
        <source>Setting &apos;receipt_printer&apos; in {path} must be &quot;cups://QUEUE&quot; or &quot;escpos://HOST:PORT&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Einstellung &apos;receipt_printer&apos; in {path} muss so aussehen: &quot;cups://WARTESCHLANGE&quot; oder &quot;escpos://HOST:PORT&quot;.</translation>
    </message>
    <message>
        <source>In {path}, paying by phone needs all of xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id and xbezahl_client_secret.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In {path} fehlen Einstellungen für das Bezahlen mit dem Handy. Das Gerät braucht alle diese Einstellungen: xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id und xbezahl_client_secret.</translation>
    </message>
    <message>
        <source>The escrow key {path} cannot be read ({error}). Ask the technician to check the setting &apos;escrow_cert&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann den Treuhänder·schlüssel {path} nicht lesen ({error}). Bitte fragen Sie die Technik. Die Technik soll die Einstellung „escrow_cert“ prüfen.</translation>
    </message>
    <message>
        <source>This device has no signing certificate of the office. Ask the technician to enroll it: &apos;buergerbuero signature enroll request&apos;, then &apos;signature enroll install&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dieses Gerät hat kein Zertifikat vom Amt für Unterschriften. Bitte fragen Sie die Technik. Die Technik soll das Gerät einrichten: zuerst mit „buergerbuero signature enroll request“, dann mit „signature enroll install“.</translation>
    </message>
    <message>
        <source>The signing certificate {path} cannot be used ({why}). Ask the technician to enroll this device with the office CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann das Zertifikat {path} nicht benutzen ({why}). Bitte fragen Sie die Technik. Die Technik soll das Gerät bei der CA vom Amt einrichten.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Card reading is not installed on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dieses Gerät kann keine Ausweise lesen.</translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Programm für das Lese·gerät läuft nicht.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Lese·gerät für Ausweise ist nicht angeschlossen.</translation>
    </message>
    <message>
        <source>No scan has arrived yet. Place the document on the scanner, start the scan, then tap &apos;Take from scanner&apos; again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Scan ist noch nicht da. Legen Sie das Dokument auf den Scanner. Starten Sie den Scan. Tippen Sie dann noch einmal auf „Vom Scanner holen“.</translation>
    </message>
    <message>
        <source>The scan is still arriving. Please wait a moment, then tap &apos;Take from scanner&apos; again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Scan kommt gerade an. Bitte warten Sie kurz. Tippen Sie dann noch einmal auf „Vom Scanner holen“.</translation>
    </message>
    <message>
        <source>The scanner cannot be used right now. Please hand the document in at the counter, or ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Scanner geht gerade nicht. Bitte geben Sie das Dokument am Schalter ab. Oder fragen Sie am Schalter nach Hilfe.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Previous page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Seite zurück</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Larger</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Größer</translation>
    </message>
    <message>
        <source>The document to sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Dokument zum Unterschreiben</translation>
    </message>
    <message>
        <source>Scroll through the document</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Im Dokument blättern</translation>
    </message>
    <message>
        <source>Move the page sideways</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Seite nach links oder rechts schieben</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Seite {page} von {count}</translation>
    </message>
</context>
<context>
    <name>Eid</name>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, have your ID card read at the card reader, or have it checked at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Online-Ausweis geht gerade nicht. Sie können Ihre Daten selbst eintippen. Oder Sie legen Ihren Ausweis auf das Lese·gerät. Oder Sie lassen Ihren Ausweis am Schalter prüfen.</translation>
    </message>
    <message>
        <source>The online ID function stopped with an error. Please type in your details instead, or ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Beim Online-Ausweis gab es einen Fehler. Bitte tippen Sie Ihre Daten selbst ein. Oder fragen Sie am Schalter nach Hilfe.</translation>
    </message>
    <message>
        <source>Please enter your 6-digit PIN.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie Ihre PIN ein. Die PIN hat 6 Ziffern.</translation>
    </message>
    <message>
        <source>Please enter your current PIN (or the 5-digit transport PIN from your PIN letter).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie Ihre PIN ein. Sie haben noch keine eigene PIN? Dann geben Sie die Transport-PIN ein. Die Transport-PIN hat 5 Ziffern. Sie steht in Ihrem PIN-Brief.</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number (CAN) printed on the front of your ID card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie die Zugangs·nummer ein (CAN). Die Zugangs·nummer hat 6 Ziffern. Sie steht vorne auf Ihrem Ausweis.</translation>
    </message>
    <message>
        <source>Your PIN is blocked. Please enter the 10-digit PUK from your PIN letter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ihre PIN ist gesperrt. Bitte geben Sie die PUK ein. Die PUK hat 10 Ziffern. Sie steht in Ihrem PIN-Brief.</translation>
    </message>
    <message>
        <source>Please choose a new 6-digit PIN.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte wählen Sie eine neue PIN. Die PIN muss 6 Ziffern haben.</translation>
    </message>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, or have your ID card checked at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Online-Ausweis geht gerade nicht. Sie können Ihre Daten selbst eintippen. Oder Sie lassen Ihren Ausweis am Schalter prüfen.</translation>
    </message>
    <message>
        <source>Online ID function</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Online-Ausweis</translation>
    </message>
    <message>
        <source>Connecting to the online ID function…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Verbindung zum Online-Ausweis …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Allow</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Type in my details</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Selbst eintippen</translation>
    </message>
    <message>
        <source>Read my ID card at the reader</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ausweis auflegen</translation>
    </message>
    <message>
        <source>Have my ID checked at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Am Schalter prüfen lassen</translation>
    </message>
    <message>
        <source>{provider} asks to read the following data from your ID card ({purpose}):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{provider} möchte diese Daten aus Ihrem Ausweis lesen ({purpose}):</translation>
    </message>
    <message>
        <source>Do you agree?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ist das für Sie in Ordnung?</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte warten Sie …</translation>
    </message>
    <message>
        <source>That was not accepted. Please check the number of digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das hat nicht geklappt. Bitte prüfen Sie: Haben Sie genug Ziffern eingegeben?</translation>
    </message>
    <message>
        <source>The PIN was wrong. Attempts left: {count}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die PIN war falsch. So oft können Sie es noch versuchen: {count}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Please enter the number on the card reader&apos;s keypad.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie die Nummer am Lese·gerät ein. Benutzen Sie die Tasten am Lese·gerät.</translation>
    </message>
    <message>
        <source>Please place your ID card on the card reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte legen Sie Ihren Ausweis auf das Lese·gerät.</translation>
    </message>
    <message>
        <source>The online function of this ID card is blocked or switched off. The citizens&apos; office can unblock it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Online-Funktion von diesem Ausweis ist gesperrt oder ausgeschaltet. Das Bürgerbüro kann die Funktion wieder einschalten.</translation>
    </message>
    <message>
        <source>Please wait… ({percent} %)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte warten Sie … ({percent} %)</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ausweis geprüft</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function. Please check and complete your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Online-Ausweis hat bestätigt: Sie sind die richtige Person. Bitte prüfen Sie Ihre Daten. Ergänzen Sie fehlende Daten.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Online ID function not available</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Online-Ausweis geht gerade nicht</translation>
    </message>
    <message>
        <source>The online ID function stopped</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Online-Ausweis wurde beendet</translation>
    </message>
</context>
<context>
    <name>EidRights</name>
    <message>
        <source>Family name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doktortitel</translation>
    </message>
    <message>
        <source>Religious or artistic name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ordensname oder Künstlername</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Document type</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Art vom Ausweis</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Land vom Ausweis</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pseudonym (Kenn·nummer)</translation>
    </message>
    <message>
        <source>Age verification</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Alter bestätigen</translation>
    </message>
    <message>
        <source>Address verification</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wohnort bestätigen</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gemeindeschlüssel (Nummer vom Wohnort)</translation>
    </message>
    <message>
        <source>Residence permit I</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Aufenthaltstitel I</translation>
    </message>
    <message>
        <source>Residence permit II</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Aufenthaltstitel II</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong on this terminal. Your data has not been lost. Please ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>An diesem Gerät gab es einen Fehler. Ihre Daten sind noch da. Bitte fragen Sie am Schalter nach Hilfe.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Very dissatisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gar nicht zufrieden</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nicht zufrieden</translation>
    </message>
    <message>
        <source>Neither</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zufrieden</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sehr zufrieden</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Zeit</translation>
    </message>
    <message>
        <source>Understanding the questions</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Fragen</translation>
    </message>
    <message>
        <source>Identifying myself</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Ausweis</translation>
    </message>
    <message>
        <source>Paying the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Bezahlen</translation>
    </message>
    <message>
        <source>Using the screen</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Bildschirm</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>How satisfied are you with this terminal?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sind Sie zufrieden mit dem Gerät?</translation>
    </message>
    <message>
        <source>Optional and anonymous: one tap is enough.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie müssen nicht antworten. Niemand weiß, wer antwortet.</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Was war am wichtigsten für Sie?</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Danke für Ihre Antwort.</translation>
    </message>
    <message>
        <source>Your entries have been deleted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ihre Angaben sind gelöscht.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nein</translation>
    </message>
    <message>
        <source>A current passport photo in portrait format, as for an identity card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ein neues Pass·foto im Hoch·format. Das Foto muss so sein wie für den Personalausweis.</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>More</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(freiwillig)</translation>
    </message>
    <message>
        <source>(choose all that apply)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(Sie können mehrere wählen)</translation>
    </message>
    <message>
        <source>Format: DD.MM.YYYY</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>So schreiben: TT.MM.JJJJ</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>Reading the scan…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät liest den Scan …</translation>
    </message>
    <message>
        <source>Take from scanner</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vom Scanner holen</translation>
    </message>
    <message>
        <source>I will hand it in at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ich gebe es am Schalter ab</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Datei löschen</translation>
    </message>
    <message>
        <source>Please give the document to the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie das Dokument am Schalter ab.</translation>
    </message>
    <message>
        <source>This terminal has no scanner. Tap &apos;I will hand it in at the counter&apos; and give the document to the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dieses Gerät hat keinen Scanner. Tippen Sie auf „Ich gebe es am Schalter ab“. Geben Sie das Dokument dann am Schalter ab.</translation>
    </message>
    <message>
        <source>To replace it, scan again and tap &apos;Take from scanner&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie möchten einen neuen Scan? Dann scannen Sie noch einmal. Tippen Sie dann auf „Vom Scanner holen“.</translation>
    </message>
    <message>
        <source>Place the document on the scanner and start the scan. Then tap &apos;Take from scanner&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Legen Sie das Dokument auf den Scanner. Starten Sie den Scan. Tippen Sie dann auf „Vom Scanner holen“.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>To be handed in at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wird am Schalter abgegeben</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>{name} ({kind}, {size})</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{name} ({kind}, {size})</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>Back</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{currency} {units}.{cents}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{units},{cents} {currency}</translation>
    </message>
    <message>
        <source>thousands separator: ,</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Trenn·zeichen für Tausend: .</translation>
    </message>
    <message>
        <source>{whole}.{tenth} MB</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{whole},{tenth} MB</translation>
    </message>
</context>
<context>
    <name>GroupInput</name>
    <message>
        <source>+ Add an entry</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>+ Neuer Eintrag</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove entry {number}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Eintrag {number} löschen</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Help</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Help: call a member of staff</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hilfe: Mitarbeiter rufen</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>Larger text (now {percent} %)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Größere Schrift (jetzt {percent} %)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hoher Kontrast</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Schritt {current} von {total}</translation>
    </message>
    <message>
        <source>Language: {language}. Choose another language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sprache: {language}. Andere Sprache wählen</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Staff could not be called from here. Please ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann niemanden rufen. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>Staff are being called…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät ruft jemanden.</translation>
    </message>
    <message>
        <source>Staff have been told. Someone will come to you. Please wait here: what you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Jemand kommt gleich zu Ihnen. Bitte warten Sie hier. Ihre Angaben bleiben da.</translation>
    </message>
    <message>
        <source>Please ask at the counter. What you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte fragen Sie am Schalter. Ihre Angaben bleiben da.</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who is applying?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wer stellt den Antrag?</translation>
    </message>
    <message>
        <source>You apply in your own name and identify yourself with your own document. To apply for another person, please ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie stellen den Antrag für sich selbst. Sie zeigen dafür Ihren eigenen Ausweis. Der Antrag ist für eine andere Person? Dann gehen Sie bitte zum Schalter.</translation>
    </message>
    <message>
        <source>Do you have your ID card, passport or residence permit with you? Lay it on the card reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Haben Sie Ihren Ausweis dabei? Zum Beispiel: Personalausweis, Reisepass oder Aufenthaltstitel. Dann legen Sie den Ausweis auf das Lese·gerät.</translation>
    </message>
    <message>
        <source>Place ID card on reader</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ausweis auflegen</translation>
    </message>
    <message>
        <source>Please type in your details as they appear on your ID card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte tippen Sie Ihre Daten ein. Schreiben Sie die Daten genau so wie in Ihrem Ausweis.</translation>
    </message>
    <message>
        <source>Sign in with the online ID function</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mit Online-Ausweis anmelden</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Online-Ausweis hat bestätigt: Sie sind die richtige Person.</translation>
    </message>
    <message>
        <source>Please lay your document on the card reader now. Reading starts by itself.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte legen Sie Ihren Ausweis jetzt auf das Lese·gerät. Das Lesen beginnt dann von allein.</translation>
    </message>
    <message>
        <source>Reading the chip… Please leave the document on the reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät liest den Chip … Bitte lassen Sie den Ausweis auf dem Lese·gerät liegen.</translation>
    </message>
    <message>
        <source>Checking the access number with the chip…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät prüft die Zugangs·nummer …</translation>
    </message>
    <message>
        <source>Reading your details from the chip…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät liest Ihre Daten aus dem Chip …</translation>
    </message>
    <message>
        <source>Your details were read from the chip. Please check them; you can still correct them.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät hat Ihre Daten aus dem Chip gelesen. Bitte prüfen Sie die Daten. Sie können die Daten noch ändern.</translation>
    </message>
    <message>
        <source>The document could not be read. Please type in your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann den Ausweis nicht lesen. Bitte tippen Sie Ihre Daten selbst ein.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Your document does not give your full date of birth: 00 stands for the day or month it leaves open. Please complete the date if you know it, or leave it as it is.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In Ihrem Ausweis steht nicht Ihr ganzes Geburts·datum. 00 heißt: Den Tag oder den Monat weiß man nicht. Kennen Sie den Tag oder den Monat? Dann schreiben Sie ihn bitte hin. Sonst lassen Sie das Datum so.</translation>
    </message>
    <message>
        <source>Please check the year of birth: the document gives only its last two digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte prüfen Sie Ihr Geburts·jahr. Im Ausweis stehen nur die letzten 2 Ziffern vom Jahr.</translation>
    </message>
    <message>
        <source>The date of birth could not be read from the document. Please type it in.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wir konnten Ihr Geburts·datum nicht aus dem Ausweis lesen. Bitte schreiben Sie es selbst hin.</translation>
    </message>
    <message>
        <source>Your document gives no family name. If you have one, please enter it; if you have only one name, please ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In Ihrem Ausweis steht kein Familien·name. Haben Sie einen Familien·namen? Dann schreiben Sie ihn bitte hin. Haben Sie nur einen Namen? Dann fragen Sie bitte am Schalter.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Do you need more time?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Brauchen Sie mehr Zeit?</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ja, mehr Zeit</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>
            <numerusform>Wir schützen Ihre Daten. Darum hört das Gerät in %n Sekunde auf. Dann löscht das Gerät alles, was Sie eingegeben haben.</numerusform>
            <numerusform>Wir schützen Ihre Daten. Darum hört das Gerät in %n Sekunden auf. Dann löscht das Gerät alles, was Sie eingegeben haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Saving…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät speichert …</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of a language, written in that language (Deutsch, Türkçe, العربية, …): the welcome screen&apos;s buttons, the header&apos;s language button, the keyboard&apos;s language key.</extracomment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Leichte Sprache</translation>
    </message>
    <message>
        <source>Englisch</source>
        <extracomment>The name of a language in German, the office&apos;s language (Englisch, Türkisch, Arabisch, …): the application PDF says in which language the citizen made the application. Each language&apos;s file gives its own name in German; the source is English&apos;s German name.</extracomment>
        <translation>Leichte Sprache</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>What you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ihre Angaben bleiben da.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard: {language}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tastatur: {language}</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Letztes Zeichen löschen</translation>
    </message>
    <message>
        <source>Next field</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nächstes Feld</translation>
    </message>
    <message>
        <source>Letters</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tastatur verstecken</translation>
    </message>
    <message>
        <source>Shift: capital letter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Umschalten: großer Buchstabe</translation>
    </message>
    <message>
        <source>More characters (AltGr)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mehr Zeichen (AltGr)</translation>
    </message>
    <message>
        <source>Space</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Digits</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ziffern</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>This terminal is out of service</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dieses Gerät geht gerade nicht.</translation>
    </message>
    <message>
        <source>Please go to the counter. The staff will gladly help you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte gehen Sie zum Schalter. Dort hilft man Ihnen gern.</translation>
    </message>
    <message>
        <source>For the technician: {problem}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Für die Technik: {problem}</translation>
    </message>
    <message>
        <source>({count} more in the kiosk&apos;s log)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>({count} weitere im Protokoll)</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <source>Application</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Antrag</translation>
    </message>
    <message>
        <source>Application made in: {language}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sprache beim Antrag: {language}</translation>
    </message>
    <message>
        <source>Case number (Vorgangsnummer)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vorgangsnummer (Nummer für Ihren Antrag)</translation>
    </message>
    <message>
        <source>Please quote it in any enquiry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte nennen Sie diese Nummer, wenn Sie Fragen haben.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Rechtsgrundlage (Gesetz): {basis}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Weniger oder keine Gebühr ist möglich bei: {list}</translation>
    </message>
    <message>
        <source>Paid: {method}, {amount} (transaction {transaction})</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bezahlt: {method}, {amount} (Zahlungs·nummer {transaction})</translation>
    </message>
    <message>
        <source>Not paid yet: the fee is due at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Noch nicht bezahlt. Bitte bezahlen Sie die Gebühr am Schalter.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie müssen keine Gebühr bezahlen.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bezahlen mit Überweisung: noch offen.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bezahlen am Schalter.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: {exemption} (to be checked at the counter).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Befreiung von der Gebühr beantragt: {exemption}. Das Amt prüft das am Schalter.</translation>
    </message>
    <message>
        <source>card at the terminal</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>mit Karte am Gerät</translation>
    </message>
    <message>
        <source>online (paypage)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>online (Bezahl·seite)</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>am Schalter</translation>
    </message>
    <message>
        <source>exemption</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Befreiung</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kassenzeichen (Nummer für die Zahlung): {reference}</translation>
    </message>
    <message>
        <source>I declare that the information given is correct and complete.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ich bestätige: Meine Angaben sind richtig und vollständig.</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration above</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Unterschrift von der Person mit dem Antrag. Damit bestätigt sie die Erklärung oben.</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ort, Datum</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration and the application {vorgangsnummer}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Unterschrift von der Person mit dem Antrag. Damit bestätigt sie die Erklärung und den Antrag {vorgangsnummer}.</translation>
    </message>
    <message>
        <source>At the counter: the applicant confirms this application in person, after the staff checked the identity (signed on the counter tablet; name, place and time appear with the signature)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Am Schalter: Die Person mit dem Antrag bestätigt diesen Antrag selbst. Vorher haben die Mitarbeiter geprüft, wer sie ist. Sie hat am Tablet am Schalter unterschrieben. Name, Ort und Zeit stehen bei der Unterschrift.</translation>
    </message>
    <message>
        <source>Signature at the counter: the applicant confirms the application {vorgangsnummer} in person</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Unterschrift am Schalter: Die Person mit dem Antrag bestätigt den Antrag {vorgangsnummer} selbst.</translation>
    </message>
    <message>
        <source>You sign: {title} · case number {vorgangsnummer} · {pages} · fee {fee}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie unterschreiben: {title} · Vorgangsnummer {vorgangsnummer} · {pages} · Gebühr {fee}</translation>
    </message>
    <message>
        <source>the answers on pages 1 to {last}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>die Angaben auf den Seiten 1 bis {last}</translation>
    </message>
    <message>
        <source>the answers on page 1</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>die Angaben auf Seite 1</translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>SEPA-Lastschriftmandat (Erlaubnis zum Abbuchen)</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zahlungsempfänger</translation>
    </message>
    <message>
        <source>Creditor identifier</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gläubiger-Identifikationsnummer</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mandatsreferenz</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kontoinhaber</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>The signature below also signs this mandate (a recurrent mandate is not given: it is for this fee only).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift unten gilt auch für dieses Mandat. Das Mandat gilt nur für diese Gebühr. Das Amt bucht nur 1 Mal ab.</translation>
    </message>
    <message>
        <source>Submitted at self-service terminal {terminal}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Abgegeben am Gerät für Selbst·bedienung {terminal}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Source: identity document chip</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Quelle: Chip vom Ausweis</translation>
    </message>
    <message>
        <source>Source: typed in</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Quelle: selbst eingetippt</translation>
    </message>
    <message>
        <source>For the office</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Für das Amt</translation>
    </message>
    <message>
        <source>Attached to this PDF file: {name}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diese Datei ist in der PDF-Datei: {name}</translation>
    </message>
    <message>
        <source>The image cannot be shown here.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Bild kann hier nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>PairingCodePanel</name>
    <message>
        <source>For staff</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Für Mitarbeiter</translation>
    </message>
    <message>
        <source>For staff: hold to show the pairing code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Für Mitarbeiter: gedrückt halten für den Kopplungs·code</translation>
    </message>
    <message>
        <source>For staff: hold the button for two seconds to show the pairing code for the counter workstation.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Für Mitarbeiter: Halten Sie die Taste 2 Sekunden lang gedrückt. Dann sehen Sie den Kopplungs·code für den Arbeits·platz am Schalter.</translation>
    </message>
    <message>
        <source>Pairing code for the counter workstation</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kopplungs·code für den Arbeits·platz am Schalter</translation>
    </message>
    <message>
        <source>Hide code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Code verstecken</translation>
    </message>
    <message>
        <source>Forget paired workstations</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kopplungen löschen</translation>
    </message>
    <message>
        <source>Enter it at the workstation. It hides itself in {seconds} s.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geben Sie den Code am Arbeits·platz ein. Der Code verschwindet in {seconds} Sekunden.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>The card terminal cannot be reached at the moment. Please choose another way to pay, or pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Karten·gerät geht gerade nicht. Bitte wählen Sie eine andere Art zu bezahlen. Oder bezahlen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The connection to the card terminal was lost. Your card has not been charged twice; please wait a moment while the terminal is checked.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Verbindung zum Karten·gerät ist weg. Sie bezahlen nicht doppelt. Bitte warten Sie kurz. Das Gerät prüft jetzt das Karten·gerät.</translation>
    </message>
    <message>
        <source>The card terminal did not answer in time. Please try again or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Karten·gerät hat nicht schnell genug geantwortet. Bitte versuchen Sie es noch einmal. Oder wählen Sie eine andere Art zu bezahlen.</translation>
    </message>
    <message>
        <source>The card terminal is busy. Please wait a moment and try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Karten·gerät ist gerade beschäftigt. Bitte warten Sie kurz. Versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The card terminal sent an answer this terminal cannot use. Please choose another way to pay, or ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Karten·gerät hat eine falsche Antwort geschickt. Bitte wählen Sie eine andere Art zu bezahlen. Oder fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The payment was declined. Your card has not been charged. Please try again with another card or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Zahlung hat nicht geklappt. Sie haben nichts bezahlt. Bitte versuchen Sie es mit einer anderen Karte. Oder wählen Sie eine andere Art zu bezahlen.</translation>
    </message>
    <message>
        <source>The card could not be read. Please insert it again (chip first) or hold it flat on the terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Karten·gerät kann Ihre Karte nicht lesen. Bitte stecken Sie die Karte noch einmal ein. Der Chip muss zuerst hinein. Oder halten Sie die Karte flach an das Karten·gerät.</translation>
    </message>
    <message>
        <source>The payment was cancelled (the card was removed, or nothing happened for too long). Your card has not been charged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Zahlung wurde abgebrochen. Vielleicht haben Sie die Karte heraus·genommen. Oder es ist zu lange nichts passiert. Sie haben nichts bezahlt.</translation>
    </message>
    <message>
        <source>The PIN was not correct. Your card has not been charged. Please try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die PIN war falsch. Sie haben nichts bezahlt. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>This card has expired or is not yet valid. Please use another card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diese Karte ist abgelaufen. Oder die Karte gilt noch nicht. Bitte nehmen Sie eine andere Karte.</translation>
    </message>
    <message>
        <source>This card is not accepted here. Please use another card or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diese Karte geht hier nicht. Bitte nehmen Sie eine andere Karte. Oder wählen Sie eine andere Art zu bezahlen.</translation>
    </message>
    <message>
        <source>The card terminal has a fault. Your card has not been charged. Please choose another way to pay, or ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Karten·gerät hat einen Fehler. Sie haben nichts bezahlt. Bitte wählen Sie eine andere Art zu bezahlen. Oder fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The receipt printer is not ready, so the card terminal cannot take payments now. Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Drucker für Belege ist nicht bereit. Darum kann das Karten·gerät gerade kein Geld annehmen. Bitte wählen Sie eine andere Art zu bezahlen.</translation>
    </message>
    <message>
        <source>Please insert, tap or swipe your card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte stecken Sie Ihre Karte ein. Oder halten Sie die Karte an das Gerät.</translation>
    </message>
    <message>
        <source>Please enter your PIN on the card terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie Ihre PIN am Karten·gerät ein.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte warten …</translation>
    </message>
    <message>
        <source>Please remove your card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte nehmen Sie Ihre Karte heraus.</translation>
    </message>
    <message>
        <source>Connecting to the bank…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Verbindung zur Bank …</translation>
    </message>
    <message>
        <source>Payment approved.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Zahlung hat geklappt.</translation>
    </message>
    <message>
        <source>Payment not approved.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Zahlung hat nicht geklappt.</translation>
    </message>
    <message>
        <source>Please choose the card application on the terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte wählen Sie am Karten·gerät, wie Sie mit der Karte bezahlen möchten.</translation>
    </message>
    <message>
        <source>We could not confirm whether your card was charged. Your application is saved. Please do not pay again: the staff will check the card terminal and tell you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wir wissen nicht sicher: Haben Sie schon bezahlt? Ihr Antrag ist gespeichert. Bitte bezahlen Sie nicht noch einmal. Die Mitarbeiter prüfen das Karten·gerät. Dann sagen sie Ihnen Bescheid.</translation>
    </message>
    <message>
        <source>The card terminal is still checking an earlier payment. Please choose another way to pay, or pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Karten·gerät prüft noch eine frühere Zahlung. Bitte wählen Sie eine andere Art zu bezahlen. Oder bezahlen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The payment record of this terminal cannot be written. Nothing was charged; please pay at the counter and tell the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann die Zahlung nicht speichern. Sie haben nichts bezahlt. Bitte bezahlen Sie am Schalter. Und sagen Sie den Mitarbeitern Bescheid.</translation>
    </message>
    <message>
        <source>Paying by phone is not possible at the moment (no connection to the payment platform). Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bezahlen mit dem Handy geht gerade nicht. Es gibt keine Verbindung zur Bezahl·plattform. Bitte wählen Sie eine andere Art zu bezahlen.</translation>
    </message>
    <message>
        <source>The payment platform did not accept the payment. Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Bezahl·plattform hat die Zahlung nicht angenommen. Bitte wählen Sie eine andere Art zu bezahlen.</translation>
    </message>
    <message>
        <source>The payment on your phone was not completed. Nothing was charged. Please try again or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Zahlung mit dem Handy ist nicht fertig. Sie haben nichts bezahlt. Bitte versuchen Sie es noch einmal. Oder wählen Sie eine andere Art zu bezahlen.</translation>
    </message>
    <message>
        <source>Checking the receipt printer…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät prüft den Drucker …</translation>
    </message>
    <message>
        <source>Please follow the instructions on the card terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte machen Sie, was auf dem Karten·gerät steht.</translation>
    </message>
    <message>
        <source>Connecting to the payment platform…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Verbindung zur Bezahl·plattform …</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone and pay there. This screen continues by itself.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Scannen Sie den QR-Code mit Ihrem Handy. Bezahlen Sie dann auf dem Handy. Dieser Bildschirm geht danach von allein weiter.</translation>
    </message>
    <message>
        <source>Scan the code with your banking app, or transfer to: {name}, IBAN {iban}, reference {reference}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Scannen Sie den Code mit Ihrer Banking-App. Oder überweisen Sie das Geld an: {name}, IBAN {iban}, Verwendungszweck {reference}.</translation>
    </message>
    <message>
        <source>Your card payment is being checked. Please do not pay again; ask at the counter if you are unsure.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät prüft Ihre Zahlung mit der Karte. Bitte bezahlen Sie nicht noch einmal. Sind Sie unsicher? Dann fragen Sie am Schalter.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Paying the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gebühr bezahlen</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gebühr: {amount}</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Rechtsgrundlage (Gesetz): {basis}</translation>
    </message>
    <message>
        <source>Pay by card at the terminal (girocard, credit card, contactless)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mit Karte zahlen (girocard, Kreditkarte, kontaktlos)</translation>
    </message>
    <message>
        <source>Pay on your phone (QR code)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mit dem Handy zahlen (QR-Code)</translation>
    </message>
    <message>
        <source>Pay by bank transfer (QR code for your banking app)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Überweisen (QR-Code für Ihre Banking-App)</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Am Schalter zahlen</translation>
    </message>
    <message>
        <source>I am exempt from the fee: {reason}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ich muss keine Gebühr zahlen: {reason}</translation>
    </message>
    <message>
        <source>Choose another way to pay</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Anders bezahlen</translation>
    </message>
    <message>
        <source>Pay by card anyway (receipt on the screen)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Trotzdem mit Karte zahlen (Beleg auf dem Bildschirm)</translation>
    </message>
    <message>
        <source>I will transfer the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ich überweise die Gebühr</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>QR-Code für die Bezahl·seite</translation>
    </message>
    <message>
        <source>QR code for your banking app</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>QR-Code für Ihre Banking-App</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The outbox in {path} cannot be opened ({error}). Check the disk; &apos;buergerbuero queue status&apos; shows what it holds.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Ausgangsspeicher in {path} kann nicht geöffnet werden ({error}). Prüfen Sie den Datenträger; „buergerbuero queue status“ zeigt, was er enthält.</translation>
    </message>
    <message>
        <source>The data directory {path} cannot be used ({error}). Check that it is a directory the kiosk user may write to, on a disk with free space (setting &apos;data_dir&apos;).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Datenverzeichnis {path} kann nicht verwendet werden ({error}). Prüfen Sie, ob es ein Verzeichnis ist, in das der Kiosk-Benutzer schreiben darf, auf einem Datenträger mit freiem Platz (Einstellung „data_dir“).</translation>
    </message>
    <message>
        <source>The file {path} of the setting &apos;{key}&apos; cannot be read ({error}). Put the file there, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Datei {path} der Einstellung „{key}“ kann nicht gelesen werden ({error}). Legen Sie die Datei dort ab oder korrigieren Sie die Einstellung.</translation>
    </message>
    <message>
        <source>The directory {path} of the setting &apos;{key}&apos; cannot be used ({error}). Create it, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Verzeichnis {path} der Einstellung „{key}“ kann nicht verwendet werden ({error}). Legen Sie es an oder korrigieren Sie die Einstellung.</translation>
    </message>
    <message>
        <source>The terminal&apos;s self-check could not run ({error}). See the kiosk&apos;s log (journalctl -u buergerbuero).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Selbstprüfung des Terminals konnte nicht laufen ({error}). Siehe das Protokoll des Kiosks (journalctl -u buergerbuero).</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt printer is not ready (no paper, or switched off). Your receipt is shown on the screen; please photograph the QR code.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Drucker ist nicht bereit. Vielleicht fehlt Papier. Oder der Drucker ist aus. Sie sehen Ihren Beleg auf dem Bildschirm. Bitte machen Sie ein Foto vom QR-Code.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. It is shown on the screen; please photograph the QR code.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Drucker kann den Beleg nicht drucken. Sie sehen den Beleg auf dem Bildschirm. Bitte machen Sie ein Foto vom QR-Code.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Reference number (Vorgangsnummer):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vorgangsnummer (Nummer für Ihren Antrag):</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gebühr: {amount}</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kassenzeichen (Nummer für die Zahlung): {reference}</translation>
    </message>
    <message>
        <source>Paid: {method}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bezahlt: {method}</translation>
    </message>
    <message>
        <source>Not paid yet: please pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Noch nicht bezahlt. Bitte bezahlen Sie am Schalter.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie müssen keine Gebühr bezahlen.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bezahlen mit Überweisung: noch offen.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bezahlen am Schalter.</translation>
    </message>
    <message>
        <source>Fee exemption claimed; please bring your proof to the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Befreiung von der Gebühr beantragt. Bitte bringen Sie Ihren Nachweis zum Schalter.</translation>
    </message>
    <message>
        <source>card</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Karte</translation>
    </message>
    <message>
        <source>online payment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Online-Zahlung</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>am Schalter</translation>
    </message>
    <message>
        <source>exemption</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Befreiung</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>What happens next: your application is sent to the citizens&apos; office. With the reference number above the office can tell you how far it is. Please keep this receipt.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>So geht es weiter: Ihr Antrag geht an das Bürger-Büro. Sie wollen wissen: Wie weit ist mein Antrag? Dann sagen Sie dem Bürger-Büro die Nummer oben. Bitte heben Sie diesen Zettel auf.</translation>
    </message>
    <message>
        <source>Please transfer the fee within 14 days, with the payment reference above.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte überweisen Sie die Gebühr in den nächsten 14 Tagen. Schreiben Sie das Kassenzeichen von oben in den Verwendungs·zweck.</translation>
    </message>
    <message>
        <source>Card payment receipt (customer copy):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Beleg für die Zahlung mit Karte (für Sie):</translation>
    </message>
    <message>
        <source>Your receipt has been printed: please take it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ihr Beleg ist gedruckt. Bitte nehmen Sie den Beleg mit.</translation>
    </message>
    <message>
        <source>The fee has been paid. Thank you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Gebühr ist bezahlt. Vielen Dank.</translation>
    </message>
    <message>
        <source>Please transfer the fee with the payment reference {reference}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte überweisen Sie die Gebühr. Schreiben Sie dieses Kassenzeichen in den Verwendungs·zweck: {reference}.</translation>
    </message>
    <message>
        <source>Please pay the fee at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte bezahlen Sie die Gebühr am Schalter.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: please bring your proof to the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Befreiung von der Gebühr beantragt. Bitte bringen Sie Ihren Nachweis zum Schalter.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>QR code of your reference number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>QR-Code mit Ihrer Vorgangsnummer</translation>
    </message>
    <message>
        <source>Thank you! Your application has been received.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vielen Dank! Wir haben Ihren Antrag bekommen.</translation>
    </message>
    <message>
        <source>Your reference number (Vorgangsnummer):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ihre Vorgangsnummer (Nummer für Ihren Antrag):</translation>
    </message>
    <message>
        <source>Please note the number or photograph the QR code. With this number the citizens&apos; office can tell you how far your application is.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte schreiben Sie die Nummer auf. Oder machen Sie ein Foto vom QR-Code. Mit der Nummer kann das Bürger·büro Ihnen sagen: So weit ist Ihr Antrag.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>More time</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mehr Zeit</translation>
    </message>
    <message>
        <source>Accepted by the citizens&apos; office.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Bürgerbüro hat den Antrag angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>
            <numerusform>Diese Anzeige geht in %n Sekunde zu.</numerusform>
            <numerusform>Diese Anzeige geht in %n Sekunden zu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the citizens&apos; office.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>An das Bürgerbüro geschickt.</translation>
    </message>
    <message>
        <source>Saved on this terminal. The office could not accept it automatically; the staff will take care of it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Auf diesem Gerät gespeichert. Das Bürgerbüro konnte den Antrag nicht automatisch annehmen. Die Mitarbeiter kümmern sich darum.</translation>
    </message>
    <message>
        <source>Saved on this terminal. It will be sent automatically as soon as the network is available.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Auf diesem Gerät gespeichert. Das Gerät schickt den Antrag von allein, sobald das Netz wieder da ist.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Please check your details</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte prüfen Sie Ihre Angaben</translation>
    </message>
    <message>
        <source>If something is wrong, tap &apos;Change&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Stimmt etwas nicht? Dann tippen Sie auf „Ändern“.</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change: {section}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ändern: {section}</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gebühr: {amount}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Weniger oder keine Gebühr ist möglich bei: {list}</translation>
    </message>
    <message>
        <source>Continue to signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Weiter zur Unterschrift</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <source>Next</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What would you like to apply for?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Was möchten Sie beantragen?</translation>
    </message>
    <message>
        <source>Tap a service. Services marked &apos;at the counter&apos; are not yet offered on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tippen Sie auf eine Leistung. Bei manchen Leistungen steht „am Schalter“. Diese Leistungen gibt es nur am Schalter, noch nicht an diesem Gerät.</translation>
    </message>
    <message>
        <source>For every service you need your ID card, passport or residence permit.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Für jeden Antrag brauchen Sie Ihren Ausweis, Ihren Pass oder Ihren Aufenthalts-Titel.</translation>
    </message>
    <message>
        <source>{service} — at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{service} — am Schalter</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gebühr: {amount}</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kostet nichts</translation>
    </message>
    <message>
        <source>You also need: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das brauchen Sie auch: {list}</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Please sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte unterschreiben Sie im Feld. Benutzen Sie Ihren Finger oder den Stift.</translation>
    </message>
    <message>
        <source>The signature is too small. Please sign across the box as you would on paper.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift ist zu klein. Bitte unterschreiben Sie über das ganze Feld. So wie auf Papier.</translation>
    </message>
    <message>
        <source>A straight line is not a signature. Please sign with your name as you would on paper.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ein gerader Strich ist keine Unterschrift. Bitte unterschreiben Sie mit Ihrem Namen. So wie auf Papier.</translation>
    </message>
    <message>
        <source>Handwritten signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Unterschrift mit der Hand</translation>
    </message>
    <message>
        <source>{path} holds no office CA (ca.crt). Create one with &apos;buergerbuero signature ca create {path}&apos; or import the city&apos;s CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In {path} gibt es keine CA vom Amt (ca.crt). Legen Sie eine CA an mit „buergerbuero signature ca create {path}“. Oder importieren Sie die CA von der Stadt.</translation>
    </message>
    <message>
        <source>The office CA in {path} was imported without its key: the city&apos;s CA signs the device requests. Send it {csr}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die CA vom Amt in {path} wurde ohne ihren Schlüssel importiert. Die CA von der Stadt unterschreibt die Anträge von den Geräten. Schicken Sie ihr {csr}.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate request ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} ist kein lesbarer Antrag für ein Zertifikat ({error}).</translation>
    </message>
    <message>
        <source>This key already has a certificate (serial {serial}, {device}). Every device needs its own key: run &apos;signature enroll request&apos; on the new device.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Für diesen Schlüssel gibt es schon ein Zertifikat (Serien·nummer {serial}, {device}). Jedes Gerät braucht einen eigenen Schlüssel. Starten Sie „signature enroll request“ auf dem neuen Gerät.</translation>
    </message>
    <message>
        <source>No certificate with serial {serial} was issued by this CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diese CA hat kein Zertifikat mit der Serien·nummer {serial} ausgestellt.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} ist kein lesbares Zertifikat ({error}).</translation>
    </message>
    <message>
        <source>The certificate {path} was not issued for this device&apos;s key. Install the certificate the CA issued for this device&apos;s request.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Zertifikat {path} gehört nicht zum Schlüssel von diesem Gerät. Installieren Sie das richtige Zertifikat. Das ist das Zertifikat, das die CA für den Antrag von diesem Gerät ausgestellt hat.</translation>
    </message>
    <message>
        <source>The certificate {path} is not a device certificate of the office ({why}). Ask the technician to issue one with the office CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Zertifikat {path} ist kein Geräte·zertifikat vom Amt ({why}). Bitte fragen Sie die Technik. Die Technik soll ein Zertifikat mit der CA vom Amt ausstellen.</translation>
    </message>
    <message>
        <source>This device has no signing key yet. Run &apos;buergerbuero signature enroll request&apos; first.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dieses Gerät hat noch keinen Schlüssel für Unterschriften. Starten Sie zuerst „buergerbuero signature enroll request“.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Rolle muss eine von diesen sein: {roles}.</translation>
    </message>
    <message>
        <source>Pages were added or removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nach der Unterschrift in „{field}“ hat jemand Seiten hinzugefügt oder gelöscht.</translation>
    </message>
    <message>
        <source>The page was changed after the signature in &apos;{field}&apos; was made: page {page} content.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nach der Unterschrift in „{field}“ hat jemand den Inhalt von Seite {page} geändert.</translation>
    </message>
    <message>
        <source>Something that shows on page {page} (an annotation) was added or changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nach der Unterschrift in „{field}“ hat jemand etwas auf Seite {page} hinzugefügt oder geändert. Das ist eine Anmerkung, die man sieht.</translation>
    </message>
    <message>
        <source>A field the document did not plan was added after the signature in &apos;{field}&apos; was made: &apos;{name}&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nach der Unterschrift in „{field}“ hat jemand ein neues Feld hinzugefügt: „{name}“. Das Dokument hatte dieses Feld nicht geplant.</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nach der Unterschrift in „{field}“ hat jemand das Feld „{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was filled in or changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nach der Unterschrift in „{field}“ hat jemand das Feld „{name}“ ausgefüllt oder geändert.</translation>
    </message>
    <message>
        <source>Signature &apos;{name}&apos; was removed or replaced after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nach der Unterschrift in „{field}“ hat jemand die Unterschrift „{name}“ gelöscht oder ersetzt.</translation>
    </message>
    <message>
        <source>An embedded file was added, replaced or removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nach der Unterschrift in „{field}“ hat jemand eine Datei im Dokument hinzugefügt, ersetzt oder gelöscht.</translation>
    </message>
    <message>
        <source>The document&apos;s structure ({part}) was changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nach der Unterschrift in „{field}“ hat jemand den Aufbau vom Dokument geändert ({part}).</translation>
    </message>
    <message>
        <source>The document cannot be compared with what the signature in &apos;{field}&apos; covers ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann das Dokument nicht mit der Unterschrift in „{field}“ vergleichen ({error}).</translation>
    </message>
    <message>
        <source>The signing token ({token} in {module}) cannot be used ({error}). Ask the technician to check the token, its PIN file and the settings &apos;signing_pkcs11_*&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann das Signatur·token nicht benutzen ({token} in {module}, {error}). Bitte fragen Sie die Technik. Die Technik soll prüfen: das Token, die PIN-Datei vom Token und die Einstellungen „signing_pkcs11_*“.</translation>
    </message>
    <message>
        <source>No trust anchor was given: without the office&apos;s CA certificate (--trust DIR or the setting &apos;trust_dir&apos;) no signature can be called trusted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Es fehlt ein Vertrauens·anker. Das ist das CA-Zertifikat vom Amt. Geben Sie es an mit --trust VERZEICHNIS oder mit der Einstellung „trust_dir“. Ohne dieses Zertifikat ist keine Unterschrift vertrauens·würdig.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Datei ist kein lesbares PDF ({error}).</translation>
    </message>
    <message>
        <source>The PDF carries no signature.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Im PDF ist keine Unterschrift.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was removed after it was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Jemand hat die Unterschrift in „{field}“ später gelöscht.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is malformed and cannot be checked: {error}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift in „{field}“ hat Fehler. Das Gerät kann sie nicht prüfen: {error}.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; no longer matches the document: the signed bytes were changed after signing.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift in „{field}“ passt nicht mehr zum Dokument. Jemand hat die unterschriebenen Daten später geändert.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not a valid signature of its certificate&apos;s key.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift in „{field}“ passt nicht zum Schlüssel von ihrem Zertifikat.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; leaves part of its revision unsigned (its /ByteRange does not cover the file).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift in „{field}“ schützt nicht die ganze Datei. Ein Teil ist nicht unterschrieben (die /ByteRange deckt die Datei nicht ab).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a key the office does not know ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift in „{field}“ kommt von einem Schlüssel, den das Amt nicht kennt ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a device whose certificate the office revoked ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift in „{field}“ kommt von einem Gerät mit gesperrtem Zertifikat. Das Amt hat das Zertifikat gesperrt ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is expired or not yet valid ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift in „{field}“ hat ein Zertifikat, das abgelaufen ist oder noch nicht gilt ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; cannot be checked for revocation: the office&apos;s revocation list (CRL) is missing from the trust store or out of date ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann nicht prüfen, ob das Zertifikat für die Unterschrift in „{field}“ gesperrt ist. Die Sperr·liste (CRL) vom Amt fehlt im Vertrauens·speicher. Oder die Sperr·liste ist zu alt ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is no device certificate of the office: {why} ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift in „{field}“ hat ein Zertifikat, das kein Geräte·zertifikat vom Amt ist: {why} ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not trusted ({why}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift in „{field}“ ist nicht vertrauens·würdig ({why}).</translation>
    </message>
    <message>
        <source>The timestamp of the signature in &apos;{field}&apos; cannot be trusted ({why}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Zeit·stempel von der Unterschrift in „{field}“ ist nicht vertrauens·würdig ({why}).</translation>
    </message>
    <message>
        <source>The document was changed after the signature in &apos;{field}&apos; in a way its lock does not allow ({level}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nach der Unterschrift in „{field}“ hat jemand das Dokument geändert. Die Sperre von der Unterschrift erlaubt diese Änderung nicht ({level}).</translation>
    </message>
    <message>
        <source>The first signature (&apos;{field}&apos;) sets no lock (DocMDP or FieldMDP): later changes to the document would not be restricted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die erste Unterschrift („{field}“) setzt keine Sperre (DocMDP oder FieldMDP). Darum könnte man das Dokument später ohne Grenzen ändern.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; has no biometric container.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Unterschrift in „{field}“ hat keinen biometrischen Container.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; was changed after signing.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Jemand hat den biometrischen Container von „{field}“ nach dem Unterschreiben geändert.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; is damaged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der biometrische Container von „{field}“ ist kaputt.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to field &apos;{other}&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der biometrische Container von „{field}“ gehört zum Feld „{other}“.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to a different document.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der biometrische Container von „{field}“ gehört zu einem anderen Dokument.</translation>
    </message>
    <message>
        <source>Refused: the document is not intact or not trusted, so its pen data is not evidence: {reasons}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Abgelehnt: Das Dokument ist nicht unversehrt oder nicht vertrauens·würdig. Darum sind die Daten vom Stift kein Beweis: {reasons}</translation>
    </message>
    <message>
        <source>Handwritten signature at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Unterschrift mit der Hand am Schalter</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <source>Please sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte unterschreiben Sie</translation>
    </message>
    <message>
        <source>I confirm that my details are correct and complete. Sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ich bestätige: Meine Angaben sind richtig und vollständig. Unterschreiben Sie im Feld. Benutzen Sie Ihren Finger oder den Stift.</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Löschen und neu unterschreiben</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Antrag abschicken</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Voice output cannot be played: no audio player (aplay) is installed on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Vorlesen geht nicht. Auf diesem Gerät fehlt ein Programm zum Abspielen (aplay).</translation>
    </message>
    <message>
        <source>Voice output cannot be played: the terminal&apos;s sound output is not working. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Vorlesen geht nicht. Der Ton von diesem Gerät funktioniert nicht. Bitte fragen Sie am Schalter nach Hilfe.</translation>
    </message>
    <message>
        <source>Voice output is not installed on this terminal (espeak-ng is missing).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Vorlesen ist auf diesem Gerät nicht eingerichtet (espeak-ng fehlt).</translation>
    </message>
    <message>
        <source>Voice output is not available in this language.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Vorlesen gibt es in dieser Sprache nicht.</translation>
    </message>
    <message>
        <source>Your entry</source>
        <extracomment>Said instead of a private value when no headset is plugged in.</extracomment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <source>Voice output failed. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Vorlesen geht nicht mehr. Bitte fragen Sie am Schalter nach Hilfe.</translation>
    </message>
    <message>
        <source>selected</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ausgewählt</translation>
    </message>
    <message>
        <source>not selected</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>nicht ausgewählt</translation>
    </message>
    <message>
        <source>Choices: {options}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie können wählen: {options}.</translation>
    </message>
    <message>
        <source>Your details are read aloud only through a headset. Connect a headset to hear them.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät liest Ihre Angaben nur über einen Kopf·hörer vor. Schließen Sie einen Kopf·hörer an. Dann hören Sie Ihre Angaben.</translation>
    </message>
    <message>
        <source>Voice output is on.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Vorlesen ist an.</translation>
    </message>
    <message>
        <source>Headset connected. Voice output is on, and your details are read aloud too.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Kopf·hörer ist angeschlossen. Das Vorlesen ist an. Das Gerät liest auch Ihre Angaben vor.</translation>
    </message>
    <message>
        <source>Headset removed. Your details are no longer read aloud.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Kopf·hörer ist ab. Das Gerät liest Ihre Angaben jetzt nicht mehr vor.</translation>
    </message>
    <message>
        <source>Volume {level} of {max}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lautstärke {level} von {max}</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Repeat</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vorlesen stoppen</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Louder</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vorlesen aus</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Reading the outbox…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät liest den Ausgangs·speicher …</translation>
    </message>
    <message>
        <source>Waiting: {queued} · Sending: {sending} · Sent: {sent} · Failed: {failed} · Oldest waiting: {minutes} min</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Warten: {queued} · Wird geschickt: {sending} · Geschickt: {sent} · Fehler: {failed} · Längste Warte·zeit: {minutes} Minuten</translation>
    </message>
    <message>
        <source>Staff: applications on this terminal</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Für Mitarbeiter: Anträge auf diesem Gerät</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fehler neu senden</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
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
        <translation>Für Technik: Mit der Personal-PIN geht der Kiosk aus.</translation>
    </message>
    <message>
        <source>The kiosk can be left only with a staff PIN in the site configuration (staff_pin).</source>
        <translation>Den Kiosk kann man nur mit einer Personal-PIN verlassen. Die PIN steht in der Einstellung staff_pin.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Die PIN ist falsch.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a few minutes and try again.</source>
        <translation>Die PIN war zu oft falsch. Bitte warten Sie ein paar Minuten. Versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <source>The outbox cannot be read: {error}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann den Ausgangs·speicher nicht lesen: {error}</translation>
    </message>
    <message>
        <source>Failed applications (kept on this terminal):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Anträge mit Fehler (auf diesem Gerät gespeichert):</translation>
    </message>
    <message>
        <source>No failed applications.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Keine Anträge mit Fehler.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>The statistics file {path} cannot be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Statistik-Datei {path} kann man nicht lesen.</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>Terminal figures</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zahlen vom Gerät</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}, terminal {terminal}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sitzungen vom {first} bis {last}, Gerät {terminal}</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In dieser Zeit gab es keine Sitzungen.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fertig gemacht</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Anteil fertig</translation>
    </message>
    <message>
        <source>Satisfaction (mean of {count} answers, 1 to 5)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zufriedenheit (Mittel-Wert aus {count} Antworten, 1 bis 5)</translation>
    </message>
    <message>
        <source>Median minutes of a completed session</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Minuten für eine fertige Sitzung (Median)</translation>
    </message>
    <message>
        <source>Median seconds until the office confirmed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sekunden bis das Amt bestätigt (Median)</translation>
    </message>
    <message>
        <source>Where abandoned sessions stopped</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hier haben Menschen abgebrochen</translation>
    </message>
    <message>
        <source>Seconds per step: {service}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sekunden für jeden Schritt: {service}</translation>
    </message>
    <message>
        <source>Median</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Satisfaction: answers per face</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zufriedenheit: Antworten für jedes Gesicht</translation>
    </message>
    <message>
        <source>Identification methods (completed sessions)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>So haben sich Menschen ausgewiesen (fertige Sitzungen)</translation>
    </message>
    <message>
        <source>Payment methods (completed sessions)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>So haben Menschen bezahlt (fertige Sitzungen)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>No personal data: no names, answers or reference numbers, times only to the hour.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Keine persönlichen Daten: keine Namen, keine Antworten, keine Vorgangs-Nummern. Zeiten nur auf die Stunde.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The terminal&apos;s signing key cannot be read ({error}). Ask the technician to check the disk and the settings &apos;signing_key&apos; and &apos;signing_cert&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann seinen Schlüssel für Unterschriften nicht lesen ({error}). Bitte fragen Sie die Technik. Die Technik soll den Speicher prüfen. Und die Einstellungen „signing_key“ und „signing_cert“.</translation>
    </message>
    <message>
        <source>The application could not be saved on this terminal. Please try again; if it happens again, ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät konnte den Antrag nicht speichern. Bitte versuchen Sie es noch einmal. Klappt es wieder nicht? Dann fragen Sie am Schalter nach Hilfe.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>There is no outbox in {path}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In {path} gibt es keinen Ausgangs·speicher.</translation>
    </message>
    <message>
        <source>The storage key of this terminal cannot be used. Applications cannot be saved or sent until a technician has checked the terminal. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann seinen Speicher·schlüssel nicht benutzen. Das Gerät kann jetzt keine Anträge speichern oder schicken. Zuerst muss die Technik das Gerät prüfen. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>A saved application on this terminal cannot be read (it is damaged or was saved with another key). Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann einen gespeicherten Antrag nicht lesen. Vielleicht ist der Antrag kaputt. Oder er wurde mit einem anderen Schlüssel gespeichert. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>This application could not be saved on the terminal. Nothing you saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät konnte diesen Antrag nicht speichern. Alles, was Sie vorher gespeichert haben, ist noch da. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be opened. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann den Speicher für Anträge nicht öffnen. Alles, was vorher gespeichert wurde, ist noch da. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be used at the moment. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann den Speicher für Anträge gerade nicht benutzen. Alles, was vorher gespeichert wurde, ist noch da. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>This terminal is not allowed to send to the central case system at the moment (its access was refused). The application is kept safely on this terminal. Please ask a technician.</source>
        <translation>Dieses Gerät darf gerade nichts an den Computer vom Amt schicken. Der Zugang wurde abgelehnt. Der Antrag bleibt sicher auf diesem Gerät. Bitte fragen Sie die Technik.</translation>
    </message>
    <message>
        <source>The central case system cannot be reached at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Computer vom Amt ist gerade nicht erreichbar. Der Antrag bleibt sicher auf diesem Gerät. Das Gerät schickt ihn später von allein.</translation>
    </message>
    <message>
        <source>The central case system is busy at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Computer vom Amt ist gerade sehr beschäftigt. Der Antrag bleibt sicher auf diesem Gerät. Das Gerät schickt ihn später von allein.</translation>
    </message>
    <message>
        <source>The connection to the central case system is not trusted (its certificate could not be verified). Nothing is sent. The application is kept safely on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Die Verbindung zum Computer vom Amt ist nicht sicher. Das Gerät konnte das Zertifikat nicht prüfen. Darum schickt das Gerät nichts. Der Antrag bleibt sicher auf diesem Gerät. Bitte fragen Sie die Technik.</translation>
    </message>
    <message>
        <source>The central case system did not accept the application (error {status}). The application is kept on this terminal. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Computer vom Amt hat den Antrag nicht angenommen (Fehler {status}). Der Antrag bleibt auf diesem Gerät. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The encryption key of the central case system was refused: it does not meet the security requirements. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Es gibt ein Problem mit dem Schlüssel vom Computer vom Amt. Der Schlüssel ist nicht sicher genug. Darum wurde nichts gesendet. Ihr Antrag ist hier am Gerät gespeichert. Bitte fragen Sie einen Techniker.</translation>
    </message>
    <message>
        <source>The answer of the central case system could not be verified. The application is kept safely on this terminal and will be checked again automatically.</source>
        <translation>Das Gerät konnte die Antwort vom Computer vom Amt nicht prüfen. Der Antrag bleibt sicher auf diesem Gerät. Das Gerät prüft später von allein noch einmal.</translation>
    </message>
    <message>
        <source>This application cannot be sent to the case system in its present form. It is kept on this terminal. Please ask the staff at the counter.</source>
        <translation>Dieser Antrag kann so nicht an das Amt geschickt werden. Der Antrag bleibt auf diesem Gerät. Bitte fragen Sie am Schalter.</translation>
    </message>
    <message>
        <source>The central case system&apos;s destination does not take this kind of application. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Amt kann diesen Antrag so nicht annehmen. Es wurde nichts gesendet. Der Antrag ist auf diesem Gerät gespeichert. Bitte fragen Sie einen Techniker.</translation>
    </message>
</context>
<context>
    <name>Tablet</name>
    <message>
        <source>The tablet cannot listen on {host}, port {port} ({error}). Another program may use the port: stop it, or choose another port with --port.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Tablet kann nicht auf {host}, Port {port} lauschen ({error}). Vielleicht nutzt ein anderes Programm den Port: Beenden Sie es oder wählen Sie mit --port einen anderen Port.</translation>
    </message>
    <message>
        <source>The TLS certificate {cert} or its key {key} cannot be used ({error}). Give the PEM files with --tls-cert and --tls-key (the key matching the certificate).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das TLS-Zertifikat {cert} oder sein Schlüssel {key} kann nicht verwendet werden ({error}). Geben Sie die PEM-Dateien mit --tls-cert und --tls-key an (den zum Zertifikat passenden Schlüssel).</translation>
    </message>
</context>
<context>
    <name>TabletWindow</name>
    <message>
        <source>Signing at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Unterschreiben am Schalter</translation>
    </message>
    <message>
        <source>The clerk sends the document here. You can read it first and then sign it with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Mitarbeiter schickt Ihnen das Dokument auf dieses Gerät. Sie können das Dokument zuerst lesen. Dann unterschreiben Sie mit dem Finger oder mit dem Stift.</translation>
    </message>
    <message>
        <source>Please sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte unterschreiben Sie</translation>
    </message>
    <message>
        <source>Read the document. Then sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lesen Sie das Dokument. Unterschreiben Sie dann im Feld. Benutzen Sie Ihren Finger oder den Stift.</translation>
    </message>
    <message>
        <source>Signature box</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Feld für die Unterschrift</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nicht unterschreiben</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Löschen und neu unterschreiben</translation>
    </message>
    <message>
        <source>Confirm signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Unterschrift bestätigen</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dokument zum Unterschreiben</translation>
    </message>
    <message>
        <source>Thank you. The signed document is being prepared…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vielen Dank. Das Gerät macht jetzt das unterschriebene Dokument fertig …</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ihre Unterschrift</translation>
    </message>
    <message>
        <source>Signature {n} of {total}: {field}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Unterschrift {n} von {total}: {field}</translation>
    </message>
    <message>
        <source>This signature goes on page {page} of the document.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diese Unterschrift kommt auf Seite {page} vom Dokument.</translation>
    </message>
    <message>
        <source>Thank you. Your signature is with the clerk now.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vielen Dank. Der Mitarbeiter hat jetzt Ihre Unterschrift.</translation>
    </message>
    <message>
        <source>The document was not signed. The clerk has been told.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sie haben das Dokument nicht unterschrieben. Der Mitarbeiter weiß Bescheid.</translation>
    </message>
    <message>
        <source>The clerk has taken the document back.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Der Mitarbeiter hat das Dokument zurück·genommen.</translation>
    </message>
    <message>
        <source>The document could not be signed. Please tell the clerk.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Unterschreiben hat nicht geklappt. Bitte sagen Sie es dem Mitarbeiter.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please take the document from the scanner, or choose to hand it in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte holen Sie das Dokument vom Scanner. Oder wählen Sie: „Ich gebe es am Schalter ab“.</translation>
    </message>
    <message>
        <source>This kind of file cannot be used here. Please scan the document again as one of: {kinds}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diese Datei·art geht hier nicht. Bitte scannen Sie das Dokument noch einmal. Nehmen Sie eines von diesen Formaten: {kinds}.</translation>
    </message>
    <message>
        <source>This file is too large ({size}; at most {max}). Please scan it with a lower resolution, or hand the document in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diese Datei ist zu groß ({size}). Erlaubt sind höchstens {max}. Bitte scannen Sie mit einer kleineren Auflösung. Oder geben Sie das Dokument am Schalter ab.</translation>
    </message>
    <message>
        <source>This file cannot be read; it may be damaged or incomplete. Please scan the document again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Das Gerät kann diese Datei nicht lesen. Vielleicht ist die Datei kaputt oder nicht vollständig. Bitte scannen Sie das Dokument noch einmal.</translation>
    </message>
    <message>
        <source>This image uses a colour format for printing (CMYK). Please scan the document again in colour or greyscale.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dieses Bild hat Farben für den Druck (CMYK). Bitte scannen Sie das Dokument noch einmal. Wählen Sie dabei Farbe oder Grau·stufen.</translation>
    </message>
    <message>
        <source>This image has too many pixels. Please scan it with a lower resolution; 300 dpi is enough.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dieses Bild hat zu viele Bild·punkte. Bitte scannen Sie mit einer kleineren Auflösung. 300 dpi reichen.</translation>
    </message>
    <message>
        <source>Please use a photo in portrait format (taller than wide), as for a passport.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte nehmen Sie ein Foto im Hoch·format. Das Foto ist höher als breit. So wie für einen Pass.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Please scan the paper document instead, or hand it in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diese PDF-Datei hat ein Pass·wort. Bitte scannen Sie das Dokument auf Papier. Oder geben Sie es am Schalter ab.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <source>Please shorten this to at most {max} characters (now {count}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte machen Sie den Text kürzer. Erlaubt sind höchstens {max} Zeichen. Jetzt sind es {count} Zeichen.</translation>
    </message>
    <message>
        <source>Please remove the special characters that cannot be printed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte löschen Sie die Sonder·zeichen. Das Gerät kann diese Zeichen nicht drucken.</translation>
    </message>
    <message>
        <source>Please use letters only; spaces, hyphens (-) and apostrophes (&apos;) are allowed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte schreiben Sie nur Buchstaben. Erlaubt sind auch: Leer·zeichen, Binde·strich (-) und Apostroph (&apos;).</translation>
    </message>
    <message>
        <source>Please enter the date as DD.MM.YYYY, for example 24.03.1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte schreiben Sie das Datum so: TT.MM.JJJJ. Zum Beispiel: 24.03.1985.</translation>
    </message>
    <message>
        <source>Please write the year with four digits, for example 1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte schreiben Sie das Jahr mit 4 Ziffern. Zum Beispiel: 1985.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check day and month.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dieses Datum gibt es nicht. Bitte prüfen Sie den Tag und den Monat.</translation>
    </message>
    <message>
        <source>This date is in the future. Please enter a date in the past.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dieses Datum ist in der Zukunft. Bitte geben Sie ein Datum ein, das schon vorbei ist.</translation>
    </message>
    <message>
        <source>Please check the year: the date is more than {years} years ago.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte prüfen Sie das Jahr. Das Datum ist mehr als {years} Jahre her.</translation>
    </message>
    <message>
        <source>Please check the year: the date must be at least {years} years ago.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte prüfen Sie das Jahr. Das Datum muss mindestens {years} Jahre her sein.</translation>
    </message>
    <message>
        <source>Please enter the 5-digit postal code, for example 55116.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie die Postleitzahl ein. Die Postleitzahl hat 5 Ziffern. Zum Beispiel: 55116.</translation>
    </message>
    <message>
        <source>Please enter a whole number from {min} to {max}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie eine ganze Zahl ein. Die Zahl muss von {min} bis {max} sein.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte wählen Sie eine Möglichkeit aus.</translation>
    </message>
    <message>
        <source>Please enter a house number such as 12, 12a or 7-9.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie eine Haus·nummer ein. Zum Beispiel: 12, 12a oder 7-9.</translation>
    </message>
    <message>
        <source>Please use Latin letters only, as in a German passport; some characters here cannot be recorded by the registry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte schreiben Sie nur lateinische Buchstaben. So wie im deutschen Pass. Das Amt kann manche Zeichen hier nicht speichern.</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12,5.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie eine Zahl ein. Zum Beispiel: 12 oder 12,5.</translation>
    </message>
    <message>
        <source>Please enter a number from {min} to {max}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie eine Zahl ein. Die Zahl muss von {min} bis {max} sein.</translation>
    </message>
    <message>
        <source>Please enter an amount in euros, for example 12,50.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie einen Betrag in Euro ein. Zum Beispiel: 12,50.</translation>
    </message>
    <message>
        <source>Please choose yes or no.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte wählen Sie Ja oder Nein.</translation>
    </message>
    <message>
        <source>Please choose at least {min} of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte wählen Sie mindestens {min} von den Möglichkeiten aus.</translation>
    </message>
    <message>
        <source>Please choose at most {max} of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte wählen Sie höchstens {max} von den Möglichkeiten aus.</translation>
    </message>
    <message>
        <source>Please enter the IBAN as printed on your bank card, for example DE89 3704 0044 0532 0130 00.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie die IBAN ein. Die IBAN steht auf Ihrer Bank·karte. Zum Beispiel: DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <source>This IBAN contains a typing error (its check digits do not match). Please compare it with your bank card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>In dieser IBAN ist ein Tipp·fehler. Die Prüf·ziffern passen nicht. Bitte vergleichen Sie die IBAN mit Ihrer Bank·karte.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address such as name@example.de.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie eine E-Mail-Adresse ein. Zum Beispiel: name@example.de.</translation>
    </message>
    <message>
        <source>Please enter a phone number using digits, for example 06131 12345 or +49 6131 12345.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie eine Telefon·nummer mit Ziffern ein. Zum Beispiel: 06131 12345 oder +49 6131 12345.</translation>
    </message>
    <message>
        <source>Please check the format of this entry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte prüfen Sie, wie Sie das geschrieben haben.</translation>
    </message>
    <message>
        <source>Please enter a date at most {days} days from today.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte geben Sie ein Datum ein. Das Datum darf höchstens {days} Tage nach heute sein.</translation>
    </message>
    <message>
        <source>Please add at least {min} entries.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte fügen Sie Einträge hinzu. So viele Einträge brauchen Sie mindestens: {min}.</translation>
    </message>
    <message>
        <source>Please add at most {max} entries.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte löschen Sie Einträge. So viele Einträge sind höchstens erlaubt: {max}.</translation>
    </message>
    <message>
        <source>Entry {number} is incomplete or has a mistake. Please check it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Eintrag {number} ist nicht vollständig oder hat einen Fehler. Bitte prüfen Sie diesen Eintrag.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to the {office}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Willkommen im {office}</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitte wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted until the office has it, then erased.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Danach sieht man hier nichts mehr von Ihnen. Ihr Antrag bleibt geheim im Gerät. Das Bürger·büro bekommt den Antrag. Dann löscht das Gerät den Antrag.</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted and erased {days} days after the office has it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Danach sieht man hier nichts mehr von Ihnen. Ihr Antrag bleibt geheim im Gerät. Das Bürger·büro bekommt den Antrag. {days} Tage später löscht das Gerät den Antrag.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ich habe einen Termin</translation>
    </message>
</context>
</TS>
