<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="de">
<context>
    <name>form:aufenthaltsbescheinigung</name>
    <message>
        <source>Aufenthaltsbescheinigung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat de rezidență (Aufenthaltsbescheinigung)</translation>
    </message>
    <message>
        <source>Bescheinigung, seit wann Sie in dieser Stadt wohnen, z. B. für ausländische Behörden, Renten- oder Steuerstellen.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat care atestă de când locuiți în acest oraș, de exemplu pentru autorități străine, case de pensii sau autorități fiscale.</translation>
    </message>
    <message>
        <source>Seit wann Sie in dieser Stadt wohnen.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De când locuiți în acest oraș.</translation>
    </message>
    <message>
        <source>§ 18 BMG in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 BMG coroborat cu regulamentul orașului privind taxele administrative</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date personale</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ca în cartea de identitate (Personalausweis) sau în pașaport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Toate prenumele, ca în cartea de identitate sau în pașaport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume la naștere</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Completați doar dacă diferă de numele de familie.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locul nașterii</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cetățenia (cetățeniile)</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa actuală în acest oraș</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul casei</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu 12, 12a sau 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date despre certificat</translation>
    </message>
    <message>
        <source>Wohnhaft in der Stadt seit</source>
        <comment>fields.residence_since.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Domiciliat(ă) în oraș din</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.residence_since.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Vorlage in welchem Staat</source>
        <comment>fields.recipient_country.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Se prezintă în statul</translation>
    </message>
    <message>
        <source>Sprache der Bescheinigung</source>
        <comment>fields.language_of_certificate.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Limba certificatului</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <comment>fields.language_of_certificate.options.de.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Germană</translation>
    </message>
    <message>
        <source>Deutsch und Englisch</source>
        <comment>fields.language_of_certificate.options.en.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Germană și engleză</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Număr de exemplare</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Câte exemplare identice vă trebuie (de la 1 la 5).</translation>
    </message>
    <message>
        <source>Das Geburtsdatum muss vor dem Zuzugsdatum liegen.</source>
        <comment>checks.born-before-residence.message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii trebuie să fie anterioară datei mutării în oraș.</translation>
    </message>
</context>
<context>
    <name>form:bewohnerparkausweis</name>
    <message>
        <source>Bewohnerparkausweis</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Permis de parcare pentru rezidenți (Bewohnerparkausweis)</translation>
    </message>
    <message>
        <source>Parkausweis für Bewohnerinnen und Bewohner einer Parkzone (§ 45 Abs. 1b StVO). Das Fahrzeug muss auf Sie zugelassen sein oder Ihnen dauerhaft zur Verfügung stehen.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Permis de parcare pentru locuitorii unei zone de parcare (§ 45 alin. 1b StVO). Vehiculul trebuie să fie înmatriculat pe numele dumneavoastră sau să vă stea permanent la dispoziție.</translation>
    </message>
    <message>
        <source>Für Ihr Fahrzeug in Ihrer Parkzone.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru vehiculul dumneavoastră, în zona dumneavoastră de parcare.</translation>
    </message>
    <message>
        <source>Gebührenordnung für Bewohnerparkausweise der Stadt (§ 6a Abs. 5a StVG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Regulamentul orașului privind taxele pentru permisele de parcare pentru rezidenți (§ 6a alin. 5a StVG)</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Primesc Bürgergeld sau ajutor social (dovada la ghișeu)</translation>
    </message>
    <message>
        <source>Schwerbehindertenausweis mit Merkzeichen G oder aG</source>
        <comment>fee.exemptions.disability.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Legitimație de handicap grav (Schwerbehindertenausweis), G sau aG</translation>
    </message>
    <message>
        <source>Stadt Musterstadt, Stadtkasse</source>
        <comment>fee.sepa_mandate.creditor_name</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Stadt Musterstadt, Stadtkasse (casieria orașului)</translation>
    </message>
    <message>
        <source>Ich ermächtige die Stadt Musterstadt, die Gebühr für diesen Bewohnerparkausweis von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Musterstadt auf mein Konto gezogene Lastschrift einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.</source>
        <comment>fee.sepa_mandate.text</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Autorizez orașul Musterstadt să încaseze taxa pentru acest permis de parcare pentru rezidenți din contul meu prin debitare directă. Totodată, dau instrucțiuni instituției mele de credit să onoreze debitarea directă efectuată de orașul Musterstadt din contul meu. Notă: pot solicita rambursarea sumei debitate în termen de opt săptămâni de la data debitării. Se aplică condițiile convenite cu instituția mea de credit.</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date personale</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ca în cartea de identitate (Personalausweis) sau în pașaport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Toate prenumele, ca în cartea de identitate sau în pașaport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume la naștere</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Completați doar dacă diferă de numele de familie.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locul nașterii</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa actuală în acest oraș</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul casei</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu 12, 12a sau 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Fahrzeug und Zone</source>
        <comment>sections.vehicle.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vehicul și zonă</translation>
    </message>
    <message>
        <source>Amtliches Kennzeichen</source>
        <comment>fields.registration_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Număr de înmatriculare</translation>
    </message>
    <message>
        <source>Zum Beispiel MZ-AB 123.</source>
        <comment>fields.registration_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu MZ-AB 123.</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Kennzeichen wie auf dem Schild ein, z. B. MZ-AB 123.</source>
        <comment>fields.registration_number.pattern_message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vă rugăm să introduceți numărul de înmatriculare ca pe plăcuță, de exemplu MZ-AB 123.</translation>
    </message>
    <message>
        <source>Das Fahrzeug ist</source>
        <comment>fields.vehicle_holder.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vehiculul este</translation>
    </message>
    <message>
        <source>auf mich zugelassen</source>
        <comment>fields.vehicle_holder.options.own.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>înmatriculat pe numele meu</translation>
    </message>
    <message>
        <source>ein Firmenwagen zu meiner Nutzung</source>
        <comment>fields.vehicle_holder.options.company.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>o mașină de serviciu pe care o folosesc</translation>
    </message>
    <message>
        <source>geleast oder gemietet</source>
        <comment>fields.vehicle_holder.options.leased.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>în leasing sau închiriat</translation>
    </message>
    <message>
        <source>Kopie der Zulassungsbescheinigung Teil I</source>
        <comment>fields.registration_certificate.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Copie a certificatului de înmatriculare (Zulassungsbescheinigung Teil I)</translation>
    </message>
    <message>
        <source>Freiwillig. Legen Sie den Fahrzeugschein auf den Scanner und scannen Sie die Vorderseite. Ohne Kopie legen Sie ihn bitte am Schalter vor.</source>
        <comment>fields.registration_certificate.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opțional. Așezați certificatul de înmatriculare (Fahrzeugschein) pe scaner și scanați fața. Fără copie, vă rugăm să îl prezentați la ghișeu.</translation>
    </message>
    <message>
        <source>Parkzone</source>
        <comment>fields.zone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zona de parcare</translation>
    </message>
    <message>
        <source>Zone A – Altstadt</source>
        <comment>fields.zone.options.A.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zona A – Altstadt (orașul vechi)</translation>
    </message>
    <message>
        <source>Zone B – Neustadt</source>
        <comment>fields.zone.options.B.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zona B – Neustadt (orașul nou)</translation>
    </message>
    <message>
        <source>Zone C – Bahnhof</source>
        <comment>fields.zone.options.C.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zona C – Bahnhof (gara)</translation>
    </message>
    <message>
        <source>Zone D – Hafen</source>
        <comment>fields.zone.options.D.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zona D – Hafen (portul)</translation>
    </message>
    <message>
        <source>Gültigkeit</source>
        <comment>fields.duration_months.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Valabilitate</translation>
    </message>
    <message>
        <source>6 Monate</source>
        <comment>fields.duration_months.options.6.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>6 luni</translation>
    </message>
    <message>
        <source>12 Monate</source>
        <comment>fields.duration_months.options.12.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>12 luni</translation>
    </message>
    <message>
        <source>24 Monate</source>
        <comment>fields.duration_months.options.24.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>24 de luni</translation>
    </message>
    <message>
        <source>Gebührenermäßigung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Solicit reducerea taxei</translation>
    </message>
    <message>
        <source>IBAN für den Einzug der Gebühr</source>
        <comment>fields.iban.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>IBAN pentru debitarea taxei</translation>
    </message>
    <message>
        <source>Freiwillig; ohne IBAN erhalten Sie eine Rechnung.</source>
        <comment>fields.iban.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opțional; fără IBAN veți primi o factură.</translation>
    </message>
</context>
<context>
    <name>form:fuehrungszeugnis</name>
    <message>
        <source>Antrag auf ein Führungszeugnis</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cerere de certificat de cazier judiciar (Führungszeugnis)</translation>
    </message>
    <message>
        <source>Antrag auf ein Führungszeugnis aus dem Bundeszentralregister (§ 30 BZRG). Das Zeugnis schickt Ihnen das Bundesamt für Justiz oder direkt an die Behörde.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cerere pentru un certificat de cazier judiciar din Registrul Central Federal (Bundeszentralregister, § 30 BZRG). Certificatul vă este trimis de Oficiul Federal de Justiție (Bundesamt für Justiz) sau direct autorității.</translation>
    </message>
    <message>
        <source>Privat oder zur Vorlage bei einer Behörde, auch erweitert.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru uz privat sau pentru o autoritate, inclusiv extins.</translation>
    </message>
    <message>
        <source>§ 2 Justizverwaltungskostengesetz (JVKostG) mit Nr. 1130 der Anlage</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 2 din Legea privind costurile administrației justiției (JVKostG), cu nr. 1130 din anexă</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Primesc Bürgergeld sau ajutor social (dovada la ghișeu)</translation>
    </message>
    <message>
        <source>Ehrenamtliche Tätigkeit (Bestätigung der Einrichtung)</source>
        <comment>fee.exemptions.volunteer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Activitate de voluntariat (confirmarea organizației)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date personale</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ca în cartea de identitate (Personalausweis) sau în pașaport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Toate prenumele, ca în cartea de identitate sau în pașaport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume la naștere</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Completați doar dacă diferă de numele de familie.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locul nașterii</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cetățenia (cetățeniile)</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa actuală în acest oraș</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul casei</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu 12, 12a sau 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Art des Führungszeugnisses</source>
        <comment>sections.certificate.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tipul certificatului de cazier (Führungszeugnis)</translation>
    </message>
    <message>
        <source>Belegart</source>
        <comment>fields.kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tipul certificatului (Belegart)</translation>
    </message>
    <message>
        <source>Das erweiterte Führungszeugnis (§ 30a BZRG) brauchen Sie für Arbeit mit Kindern und Jugendlichen; bitte legen Sie die Aufforderung am Schalter vor.</source>
        <comment>fields.kind.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificatul de cazier extins (erweitertes Führungszeugnis, § 30a BZRG) vă trebuie pentru munca cu copii și tineri; vă rugăm să prezentați solicitarea scrisă la ghișeu.</translation>
    </message>
    <message>
        <source>Privatführungszeugnis (Belegart N)</source>
        <comment>fields.kind.options.N.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat de cazier pentru uz privat (Belegart N)</translation>
    </message>
    <message>
        <source>Zur Vorlage bei einer Behörde (Belegart O)</source>
        <comment>fields.kind.options.O.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru prezentare la o autoritate (Belegart O)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis, privat (Belegart NE)</source>
        <comment>fields.kind.options.NE.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat de cazier extins, privat (Belegart NE)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis für eine Behörde (Belegart OE)</source>
        <comment>fields.kind.options.OE.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat de cazier extins pentru o autoritate (Belegart OE)</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose_text.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Scopul utilizării</translation>
    </message>
    <message>
        <source>Zum Beispiel: Bewerbung als Erzieherin, Waffenschein.</source>
        <comment>fields.purpose_text.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu: candidatură ca educatoare, permis de armă.</translation>
    </message>
    <message>
        <source>Gebührenbefreiung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Solicit scutirea de taxă</translation>
    </message>
    <message>
        <source>Bei Ehrenamt oder geringem Einkommen; Nachweis am Schalter.</source>
        <comment>fields.fee_exempt.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru voluntariat sau venit redus; dovada la ghișeu.</translation>
    </message>
    <message>
        <source>Empfangende Behörde und Kontakt</source>
        <comment>sections.authority.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Autoritatea destinatară și contact</translation>
    </message>
    <message>
        <source>Behörde</source>
        <comment>fields.authority_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Autoritatea</translation>
    </message>
    <message>
        <source>Aktenzeichen der Behörde</source>
        <comment>fields.authority_reference.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul de referință al autorității (Aktenzeichen)</translation>
    </message>
    <message>
        <source>Anschrift der Behörde</source>
        <comment>fields.authority_address.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa autorității</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa de e-mail</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru întrebări, opțional.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Număr de telefon</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-einfach</name>
    <message>
        <source>Meldebescheinigung (einfach)</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat de domiciliu (Meldebescheinigung) – simplu</translation>
    </message>
    <message>
        <source>Bescheinigung über Ihre aktuelle Anschrift in dieser Stadt, zum Beispiel für Arbeitgeber, Behörden oder Vermieter. Sie enthält Ihren Namen, Ihr Geburtsdatum und Ihre Anschrift.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat privind adresa dumneavoastră actuală în acest oraș, de exemplu pentru angajator, autorități sau proprietarul locuinței. Conține numele, data nașterii și adresa dumneavoastră.</translation>
    </message>
    <message>
        <source>Bestätigt Ihre aktuelle Anschrift, z. B. für Arbeitgeber oder Vermieter.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Confirmă adresa actuală, de exemplu pentru angajator sau proprietar.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 alin. 1 din Legea federală privind evidența populației (Bundesmeldegesetz, BMG), coroborat cu regulamentul orașului privind taxele administrative</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date personale</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ca în cartea de identitate (Personalausweis) sau în pașaport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Toate prenumele, ca în cartea de identitate sau în pașaport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume la naștere</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Completați doar dacă diferă de numele de familie.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locul nașterii</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa actuală în acest oraș</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul casei</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu 12, 12a sau 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date despre certificat</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Scopul utilizării</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru angajator</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru o autoritate</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru proprietarul locuinței</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Alt scop</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Număr de exemplare</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Bescheinigungen Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Câte certificate identice vă trebuie (de la 1 la 5).</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-erweitert</name>
    <message>
        <source>Meldebescheinigung (erweitert)</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat de domiciliu (Meldebescheinigung) – extins</translation>
    </message>
    <message>
        <source>Bescheinigung mit weiteren Daten aus dem Melderegister, z. B. früheren Anschriften, Familienstand oder Staatsangehörigkeit. Sie bekommen nur Ihre eigenen Daten.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat cu date suplimentare din registrul de evidență a populației (Melderegister), de exemplu adrese anterioare, starea civilă sau cetățenia. Primiți doar propriile date.</translation>
    </message>
    <message>
        <source>Mit früheren Anschriften, Familienstand oder Staatsangehörigkeit.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cu adrese anterioare, starea civilă sau cetățenia.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 alin. 1 din Legea federală privind evidența populației (Bundesmeldegesetz, BMG), coroborat cu regulamentul orașului privind taxele administrative</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date personale</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ca în cartea de identitate (Personalausweis) sau în pașaport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Toate prenumele, ca în cartea de identitate sau în pașaport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume la naștere</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Completați doar dacă diferă de numele de familie.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locul nașterii</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa actuală în acest oraș</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul casei</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu 12, 12a sau 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date despre certificat</translation>
    </message>
    <message>
        <source>Zusätzlich aufnehmen</source>
        <comment>fields.contents.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Includeți în plus</translation>
    </message>
    <message>
        <source>Wählen Sie alles aus, was auf der Bescheinigung stehen soll.</source>
        <comment>fields.contents.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Alegeți tot ce trebuie să apară pe certificat.</translation>
    </message>
    <message>
        <source>Frühere Anschriften</source>
        <comment>fields.contents.options.former_addresses.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adrese anterioare</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.contents.options.marital_status.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Starea civilă</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.contents.options.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cetățenia (cetățeniile)</translation>
    </message>
    <message>
        <source>Zugehörigkeit zu einer Religionsgesellschaft</source>
        <comment>fields.contents.options.religion.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Apartenența la o comunitate religioasă</translation>
    </message>
    <message>
        <source>Im Haushalt gemeldete Personen</source>
        <comment>fields.contents.options.household.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Persoane înregistrate în gospodărie</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.contents.options.move_in_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data mutării</translation>
    </message>
    <message>
        <source>Frühere Anschriften ab</source>
        <comment>fields.former_since.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adrese anterioare începând cu</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.former_since.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Scopul utilizării</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru angajator</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru o autoritate</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru proprietarul locuinței</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Alt scop</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Număr de exemplare</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Câte exemplare identice vă trebuie (de la 1 la 5).</translation>
    </message>
</context>
<context>
    <name>form:uebermittlungssperre</name>
    <message>
        <source>Übermittlungssperre / Auskunftssperre</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Blocarea transmiterii / a informațiilor (Übermittlungssperre / Auskunftssperre)</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Weitergabe Ihrer Meldedaten nach dem Bundesmeldegesetz. Eine Auskunftssperre (§ 51 BMG) gibt es nur bei einer Gefahr für Leib und Leben; sie wird am Schalter geprüft.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opoziție la transmiterea datelor dumneavoastră de evidență, conform Legii federale privind evidența populației (Bundesmeldegesetz). O blocare a informațiilor (Auskunftssperre, § 51 BMG) se acordă doar în caz de pericol pentru viață sau integritate corporală; aceasta se verifică la ghișeu.</translation>
    </message>
    <message>
        <source>Widerspruch nach §§ 36, 42, 50 BMG; Auskunftssperre nach § 51 BMG.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opoziție conform §§ 36, 42, 50 BMG; blocarea informațiilor conform § 51 BMG.</translation>
    </message>
    <message>
        <source>Gebührenfrei nach § 36 Abs. 2, § 42 Abs. 3, § 50 Abs. 5 BMG</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fără taxă conform § 36 alin. 2, § 42 alin. 3, § 50 alin. 5 BMG</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date personale</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ca în cartea de identitate (Personalausweis) sau în pașaport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Toate prenumele, ca în cartea de identitate sau în pașaport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume la naștere</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Completați doar dacă diferă de numele de familie.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locul nașterii</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa actuală în acest oraș</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul casei</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu 12, 12a sau 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Widersprüche</source>
        <comment>sections.objections.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opoziții</translation>
    </message>
    <message>
        <source>Ich widerspreche der Übermittlung meiner Daten</source>
        <comment>fields.objections.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mă opun transmiterii datelor mele</translation>
    </message>
    <message>
        <source>an das Bundesamt für das Personalmanagement der Bundeswehr (§ 36 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg36.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>către Oficiul Federal pentru Managementul Personalului al Bundeswehr (§ 36 alin. 2 BMG)</translation>
    </message>
    <message>
        <source>an öffentlich-rechtliche Religionsgesellschaften für Familienangehörige (§ 42 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg42.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>către comunitățile religioase de drept public, pentru membrii familiei (§ 42 alin. 3 BMG)</translation>
    </message>
    <message>
        <source>an Parteien und Wählergruppen vor Wahlen (§ 50 Abs. 1 BMG)</source>
        <comment>fields.objections.options.bmg50_1.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>către partide și grupări electorale, înaintea alegerilor (§ 50 alin. 1 BMG)</translation>
    </message>
    <message>
        <source>an Presse und Mandatsträger bei Alters- und Ehejubiläen (§ 50 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg50_2.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>către presă și aleși, la aniversări de vârstă și de căsătorie (§ 50 alin. 2 BMG)</translation>
    </message>
    <message>
        <source>an Adressbuchverlage (§ 50 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg50_3.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>către editurile de anuare de adrese (§ 50 alin. 3 BMG)</translation>
    </message>
    <message>
        <source>Auskunftssperre wegen Gefahr (§ 51 BMG) – Prüfung am Schalter</source>
        <comment>fields.objections.options.bmg51.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Blocarea informațiilor din cauza unui pericol (Auskunftssperre, § 51 BMG) – verificare la ghișeu</translation>
    </message>
    <message>
        <source>Kurze Begründung der Gefahr</source>
        <comment>fields.danger_reason.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Scurtă justificare a pericolului</translation>
    </message>
    <message>
        <source>Einzelheiten und Nachweise besprechen Sie bitte vertraulich am Schalter.</source>
        <comment>fields.danger_reason.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vă rugăm să discutați detaliile și dovezile în mod confidențial, la ghișeu.</translation>
    </message>
    <message>
        <source>Für alle Personen meines Haushalts</source>
        <comment>fields.household.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru toate persoanele din gospodăria mea</translation>
    </message>
</context>
<context>
    <name>form:ummeldung</name>
    <message>
        <source>Ummeldung innerhalb der Stadt</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Schimbarea adresei în cadrul orașului (Ummeldung)</translation>
    </message>
    <message>
        <source>Anmeldung einer neuen Wohnung in derselben Stadt (§ 17 BMG). Bitte halten Sie die Wohnungsgeberbestätigung bereit.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Înregistrarea unei locuințe noi în același oraș (§ 17 BMG). Vă rugăm să pregătiți confirmarea locatorului (Wohnungsgeber­bestätigung).</translation>
    </message>
    <message>
        <source>Neue Anschrift, Umzugsdatum und mitziehende Personen.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa nouă, data mutării și persoanele care se mută împreună cu dumneavoastră.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fără taxă (§ 17 BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date personale</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ca în cartea de identitate (Personalausweis) sau în pașaport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Toate prenumele, ca în cartea de identitate sau în pașaport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume la naștere</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Completați doar dacă diferă de numele de familie.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locul nașterii</translation>
    </message>
    <message>
        <source>Bisherige Anschrift in dieser Stadt</source>
        <comment>sections.old_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa anterioară în acest oraș</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.old_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.old_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul casei</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.old_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu 12, 12a sau 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.old_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.old_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Neue Anschrift</source>
        <comment>sections.new_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa nouă</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul casei</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu 12, 12a sau 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Stockwerk, Wohnungsnummer</source>
        <comment>fields.new_floor.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Etaj, număr apartament</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data mutării</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vă puteți înregistra cu până la 14 zile înainte de mutare (§ 17 BMG).</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung liegt vor</source>
        <comment>fields.landlord_confirmation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Am confirmarea locatorului (Wohnungsgeber­bestätigung)</translation>
    </message>
    <message>
        <source>Pflicht nach § 19 BMG; legen Sie sie am Schalter vor oder senden Sie sie nach.</source>
        <comment>fields.landlord_confirmation.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Obligatorie conform § 19 BMG; prezentați-o la ghișeu sau trimiteți-o ulterior.</translation>
    </message>
    <message>
        <source>Mitziehende Personen</source>
        <comment>sections.persons.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Persoane care se mută împreună</translation>
    </message>
    <message>
        <source>Personen, die mit Ihnen umziehen</source>
        <comment>fields.persons_moving.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cine se mută cu dumneavoastră</translation>
    </message>
    <message>
        <source>Nur Personen, die mit Ihnen in die neue Wohnung ziehen.</source>
        <comment>fields.persons_moving.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doar cei care se mută cu dumneavoastră în noua locuință.</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.persons_moving.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.persons_moving.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.persons_moving.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.persons_moving.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.persons_moving.relation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Relația</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.persons_moving.relation.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soț/soție / partener(ă) de viață</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.persons_moving.relation.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Copil</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.persons_moving.relation.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Altă persoană</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa de e-mail</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru întrebări, opțional.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Număr de telefon</translation>
    </message>
</context>
<context>
    <name>form:urkundenbestellung</name>
    <message>
        <source>Urkundenbestellung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Comandă de acte de stare civilă (Urkundenbestellung)</translation>
    </message>
    <message>
        <source>Bestellung einer Geburts-, Ehe- oder Sterbeurkunde aus einem Personenstandsregister dieser Stadt (§ 62 PStG).</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Comandarea unui certificat de naștere, de căsătorie sau de deces dintr-un registru de stare civilă al acestui oraș (§ 62 PStG).</translation>
    </message>
    <message>
        <source>Geburts-, Ehe- oder Sterbeurkunde.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat de naștere, de căsătorie sau de deces.</translation>
    </message>
    <message>
        <source>§ 2 Gebührenverordnung zum Personenstandsgesetz des Landes; jede weitere Ausfertigung 6,00 EUR</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 2 din regulamentul landului privind taxele pentru Legea stării civile (Personenstandsgesetz); fiecare exemplar suplimentar 6,00 EUR</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date personale</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ca în cartea de identitate (Personalausweis) sau în pașaport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Toate prenumele, ca în cartea de identitate sau în pașaport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume la naștere</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Completați doar dacă diferă de numele de familie.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locul nașterii</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa actuală în acest oraș</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul casei</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu 12, 12a sau 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Welche Urkunde</source>
        <comment>sections.certificate.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ce certificat</translation>
    </message>
    <message>
        <source>Urkunde</source>
        <comment>fields.certificate_kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Geburtsurkunde</source>
        <comment>fields.certificate_kind.options.birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat de naștere (Geburtsurkunde)</translation>
    </message>
    <message>
        <source>Eheurkunde</source>
        <comment>fields.certificate_kind.options.marriage.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat de căsătorie (Eheurkunde)</translation>
    </message>
    <message>
        <source>Sterbeurkunde</source>
        <comment>fields.certificate_kind.options.death.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat de deces (Sterbeurkunde)</translation>
    </message>
    <message>
        <source>Internationale (mehrsprachige) Urkunde</source>
        <comment>fields.international.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificat internațional (multilingv)</translation>
    </message>
    <message>
        <source>Die Urkunde betrifft mich selbst</source>
        <comment>fields.subject_is_applicant.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certificatul mă privește pe mine</translation>
    </message>
    <message>
        <source>Name der Person in der Urkunde</source>
        <comment>fields.subject_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numele persoanei din certificat</translation>
    </message>
    <message>
        <source>Ihr Verhältnis zu dieser Person</source>
        <comment>fields.relationship.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Relația dumneavoastră cu această persoană</translation>
    </message>
    <message>
        <source>Nach § 62 PStG erhalten nur Berechtigte eine Urkunde.</source>
        <comment>fields.relationship.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Conform § 62 PStG, doar persoanele îndreptățite primesc un certificat.</translation>
    </message>
    <message>
        <source>Ehegatte</source>
        <comment>fields.relationship.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soț/soție</translation>
    </message>
    <message>
        <source>Elternteil</source>
        <comment>fields.relationship.options.parent.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Părinte</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.relationship.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Copil</translation>
    </message>
    <message>
        <source>Geschwister</source>
        <comment>fields.relationship.options.sibling.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Frate/soră</translation>
    </message>
    <message>
        <source>Rechtliches Interesse (Nachweis erforderlich)</source>
        <comment>fields.relationship.options.legal_interest.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Interes legal (este necesară dovada)</translation>
    </message>
    <message>
        <source>Datum des Ereignisses</source>
        <comment>fields.event_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data evenimentului</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.event_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Ort des Ereignisses</source>
        <comment>fields.event_place.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locul evenimentului</translation>
    </message>
    <message>
        <source>Registernummer</source>
        <comment>fields.register_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul din registru</translation>
    </message>
    <message>
        <source>Falls bekannt, z. B. G 123/1985.</source>
        <comment>fields.register_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dacă îl cunoașteți, de exemplu G 123/1985.</translation>
    </message>
    <message>
        <source>Bitte wie G 123/1985 eingeben.</source>
        <comment>fields.register_number.pattern_message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vă rugăm să îl introduceți în forma G 123/1985.</translation>
    </message>
    <message>
        <source>Zustellung</source>
        <comment>fields.delivery.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>Per Post an meine Anschrift</source>
        <comment>fields.delivery.options.post.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prin poștă, la adresa mea</translation>
    </message>
    <message>
        <source>Abholung im Bürgerbüro</source>
        <comment>fields.delivery.options.pickup.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ridicare de la Biroul cetățenilor (Bürgerbüro)</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Număr de exemplare</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 10).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Câte exemplare identice vă trebuie (de la 1 la 10).</translation>
    </message>
</context>
<context>
    <name>form:wohnsitzanmeldung</name>
    <message>
        <source>Wohnsitzanmeldung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Înregistrarea domiciliului (Wohnsitzanmeldung)</translation>
    </message>
    <message>
        <source>Anmeldung nach Zuzug in diese Stadt (§ 17 BMG), mit den Angaben der Wohnungsgeberbestätigung (§ 19 BMG).</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Înregistrare după mutarea în acest oraș (§ 17 BMG), cu datele din confirmarea locatorului (Wohnungsgeber­bestätigung, § 19 BMG).</translation>
    </message>
    <message>
        <source>Nach dem Zuzug, mit den Angaben der Wohnungsgeberbestätigung.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>După mutare, cu datele din confirmarea locatorului.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fără taxă (§ 17 BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Date personale</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ca în cartea de identitate (Personalausweis) sau în pașaport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Toate prenumele, ca în cartea de identitate sau în pașaport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume la naștere</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Completați doar dacă diferă de numele de familie.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locul nașterii</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cetățenia (cetățeniile)</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.marital_status.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Starea civilă</translation>
    </message>
    <message>
        <source>ledig</source>
        <comment>fields.marital_status.options.single.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>necăsătorit(ă)</translation>
    </message>
    <message>
        <source>verheiratet</source>
        <comment>fields.marital_status.options.married.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>căsătorit(ă)</translation>
    </message>
    <message>
        <source>eingetragene Lebenspartnerschaft</source>
        <comment>fields.marital_status.options.partnership.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>parteneriat civil înregistrat</translation>
    </message>
    <message>
        <source>geschieden</source>
        <comment>fields.marital_status.options.divorced.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>divorțat(ă)</translation>
    </message>
    <message>
        <source>verwitwet</source>
        <comment>fields.marital_status.options.widowed.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>văduv(ă)</translation>
    </message>
    <message>
        <source>Neue Anschrift in dieser Stadt</source>
        <comment>sections.new_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa nouă în acest oraș</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numărul casei</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>De exemplu 12, 12a sau 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Localitatea</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data mutării</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vă puteți înregistra cu până la 14 zile înainte de mutare (§ 17 BMG).</translation>
    </message>
    <message>
        <source>Art der Wohnung</source>
        <comment>fields.dwelling_kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tipul locuinței</translation>
    </message>
    <message>
        <source>Alleinige Wohnung</source>
        <comment>fields.dwelling_kind.options.sole.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locuință unică</translation>
    </message>
    <message>
        <source>Hauptwohnung</source>
        <comment>fields.dwelling_kind.options.main.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locuință principală (Hauptwohnung)</translation>
    </message>
    <message>
        <source>Nebenwohnung</source>
        <comment>fields.dwelling_kind.options.secondary.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locuință secundară (Nebenwohnung)</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung</source>
        <comment>sections.landlord.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Confirmarea locatorului (Wohnungsgeber­bestätigung)</translation>
    </message>
    <message>
        <source>Name des Wohnungsgebers</source>
        <comment>fields.landlord_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numele locatorului</translation>
    </message>
    <message>
        <source>Der Wohnungsgeber ist Eigentümer</source>
        <comment>fields.landlord_is_owner.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Locatorul este proprietarul</translation>
    </message>
    <message>
        <source>Name des Eigentümers</source>
        <comment>fields.owner_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numele proprietarului</translation>
    </message>
    <message>
        <source>Datum der Bestätigung</source>
        <comment>fields.confirmation_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data confirmării</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.confirmation_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Bisherige Anschrift</source>
        <comment>sections.previous.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa anterioară</translation>
    </message>
    <message>
        <source>Zuzug aus dem Ausland</source>
        <comment>fields.previous_abroad.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mutare din străinătate</translation>
    </message>
    <message>
        <source>Staat</source>
        <comment>fields.previous_country.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Statul</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <comment>fields.previous_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strada și numărul</translation>
    </message>
    <message>
        <source>Postleitzahl und Ort</source>
        <comment>fields.previous_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cod poștal și localitate</translation>
    </message>
    <message>
        <source>Familienangehörige</source>
        <comment>sections.family.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Membri ai familiei</translation>
    </message>
    <message>
        <source>Mitziehende Familienangehörige</source>
        <comment>fields.family_members.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Membrii familiei care se mută</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_members.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.family_members.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.family_members.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data nașterii</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.family_members.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>În formatul ZZ.LL.AAAA, de exemplu 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.family_members.relation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Relația</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.family_members.relation.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soț/soție / partener(ă) de viață</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.family_members.relation.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Copil</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.family_members.relation.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Altă persoană</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresa de e-mail</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pentru întrebări, opțional.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Număr de telefon</translation>
    </message>
</context>
</TS>
