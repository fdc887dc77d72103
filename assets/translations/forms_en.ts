<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>form:aufenthaltsbescheinigung</name>
    <message>
        <source>Aufenthaltsbescheinigung</source>
        <comment>title</comment>
        <translation>Certificate of residence</translation>
    </message>
    <message>
        <source>Bescheinigung, seit wann Sie in dieser Stadt wohnen, z. B. für ausländische Behörden, Renten- oder Steuerstellen.</source>
        <comment>description</comment>
        <translation>A certificate showing since when you have lived in this city, e.g. for foreign authorities, pension or tax offices.</translation>
    </message>
    <message>
        <source>Seit wann Sie in dieser Stadt wohnen.</source>
        <comment>summary</comment>
        <translation>Since when you have lived in this city.</translation>
    </message>
    <message>
        <source>§ 18 BMG in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translation>Section 18 BMG together with the city&apos;s schedule of administrative fees</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translation>As in your identity card or passport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translation>All given names, as in your identity card or passport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translation>Only if it differs from your family name.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translation>Nationality (or nationalities)</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translation>Current address in this city</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translation>House number</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translation>For example 12, 12a or 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translation>About the certificate</translation>
    </message>
    <message>
        <source>Wohnhaft in der Stadt seit</source>
        <comment>fields.residence_since.label</comment>
        <translation>Living in the city since</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.residence_since.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Vorlage in welchem Staat</source>
        <comment>fields.recipient_country.label</comment>
        <translation>For use in which country</translation>
    </message>
    <message>
        <source>Sprache der Bescheinigung</source>
        <comment>fields.language_of_certificate.label</comment>
        <translation>Language of the certificate</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <comment>fields.language_of_certificate.options.de.label</comment>
        <translation>German</translation>
    </message>
    <message>
        <source>Deutsch und Englisch</source>
        <comment>fields.language_of_certificate.options.en.label</comment>
        <translation>German and English</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translation>How many identical copies you need (1 to 5).</translation>
    </message>
    <message>
        <source>Das Geburtsdatum muss vor dem Zuzugsdatum liegen.</source>
        <comment>checks.born-before-residence.message</comment>
        <translation>The date of birth must be before the date of moving in.</translation>
    </message>
</context>
<context>
    <name>form:bewohnerparkausweis</name>
    <message>
        <source>Bewohnerparkausweis</source>
        <comment>title</comment>
        <translation>Resident parking permit</translation>
    </message>
    <message>
        <source>Parkausweis für Bewohnerinnen und Bewohner einer Parkzone (§ 45 Abs. 1b StVO). Das Fahrzeug muss auf Sie zugelassen sein oder Ihnen dauerhaft zur Verfügung stehen.</source>
        <comment>description</comment>
        <translation>Parking permit for residents of a parking zone (section 45 (1b) StVO). The vehicle must be registered to you or permanently at your disposal.</translation>
    </message>
    <message>
        <source>Für Ihr Fahrzeug in Ihrer Parkzone.</source>
        <comment>summary</comment>
        <translation>For your vehicle in your parking zone.</translation>
    </message>
    <message>
        <source>Gebührenordnung für Bewohnerparkausweise der Stadt (§ 6a Abs. 5a StVG)</source>
        <comment>fee.legal_basis</comment>
        <translation>The city&apos;s fee schedule for resident parking (section 6a (5a) StVG)</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translation>Receiving citizen&apos;s income or social assistance (proof at the counter)</translation>
    </message>
    <message>
        <source>Schwerbehindertenausweis mit Merkzeichen G oder aG</source>
        <comment>fee.exemptions.disability.label</comment>
        <translation>Disability card marked G or aG</translation>
    </message>
    <message>
        <source>Stadt Musterstadt, Stadtkasse</source>
        <comment>fee.sepa_mandate.creditor_name</comment>
        <translation>City of Musterstadt, city treasury</translation>
    </message>
    <message>
        <source>Ich ermächtige die Stadt Musterstadt, die Gebühr für diesen Bewohnerparkausweis von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Musterstadt auf mein Konto gezogene Lastschrift einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.</source>
        <comment>fee.sepa_mandate.text</comment>
        <translation>I authorise the City of Musterstadt to collect the fee for this residents&apos; parking permit from my account by direct debit. At the same time I instruct my bank to pay the direct debit the City of Musterstadt draws on my account. Note: I can demand a refund of the amount debited within eight weeks, starting from the date of the debit. The conditions agreed with my bank apply.</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translation>As in your identity card or passport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translation>All given names, as in your identity card or passport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translation>Only if it differs from your family name.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translation>Current address in this city</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translation>House number</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translation>For example 12, 12a or 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Fahrzeug und Zone</source>
        <comment>sections.vehicle.title</comment>
        <translation>Vehicle and zone</translation>
    </message>
    <message>
        <source>Amtliches Kennzeichen</source>
        <comment>fields.registration_number.label</comment>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Zum Beispiel MZ-AB 123.</source>
        <comment>fields.registration_number.help</comment>
        <translation>For example MZ-AB 123.</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Kennzeichen wie auf dem Schild ein, z. B. MZ-AB 123.</source>
        <comment>fields.registration_number.pattern_message</comment>
        <translation>Please enter the number as on the plate, e.g. MZ-AB 123.</translation>
    </message>
    <message>
        <source>Das Fahrzeug ist</source>
        <comment>fields.vehicle_holder.label</comment>
        <translation>The vehicle is</translation>
    </message>
    <message>
        <source>auf mich zugelassen</source>
        <comment>fields.vehicle_holder.options.own.label</comment>
        <translation>registered to me</translation>
    </message>
    <message>
        <source>ein Firmenwagen zu meiner Nutzung</source>
        <comment>fields.vehicle_holder.options.company.label</comment>
        <translation>a company car I use</translation>
    </message>
    <message>
        <source>geleast oder gemietet</source>
        <comment>fields.vehicle_holder.options.leased.label</comment>
        <translation>leased or rented</translation>
    </message>
    <message>
        <source>Kopie der Zulassungsbescheinigung Teil I</source>
        <comment>fields.registration_certificate.label</comment>
        <translation>Copy of the vehicle registration certificate (part I)</translation>
    </message>
    <message>
        <source>Freiwillig. Legen Sie den Fahrzeugschein auf den Scanner und scannen Sie die Vorderseite. Ohne Kopie legen Sie ihn bitte am Schalter vor.</source>
        <comment>fields.registration_certificate.help</comment>
        <translation>Optional. Place the vehicle registration certificate on the scanner and scan the front. Without a copy, please show it at the counter.</translation>
    </message>
    <message>
        <source>Parkzone</source>
        <comment>fields.zone.label</comment>
        <translation>Parking zone</translation>
    </message>
    <message>
        <source>Zone A – Altstadt</source>
        <comment>fields.zone.options.A.label</comment>
        <translation>Zone A – old town</translation>
    </message>
    <message>
        <source>Zone B – Neustadt</source>
        <comment>fields.zone.options.B.label</comment>
        <translation>Zone B – new town</translation>
    </message>
    <message>
        <source>Zone C – Bahnhof</source>
        <comment>fields.zone.options.C.label</comment>
        <translation>Zone C – station</translation>
    </message>
    <message>
        <source>Zone D – Hafen</source>
        <comment>fields.zone.options.D.label</comment>
        <translation>Zone D – harbour</translation>
    </message>
    <message>
        <source>Gültigkeit</source>
        <comment>fields.duration_months.label</comment>
        <translation>Valid for</translation>
    </message>
    <message>
        <source>6 Monate</source>
        <comment>fields.duration_months.options.6.label</comment>
        <translation>6 months</translation>
    </message>
    <message>
        <source>12 Monate</source>
        <comment>fields.duration_months.options.12.label</comment>
        <translation>12 months</translation>
    </message>
    <message>
        <source>24 Monate</source>
        <comment>fields.duration_months.options.24.label</comment>
        <translation>24 months</translation>
    </message>
    <message>
        <source>Gebührenermäßigung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translation>Fee reduction requested</translation>
    </message>
    <message>
        <source>IBAN für den Einzug der Gebühr</source>
        <comment>fields.iban.label</comment>
        <translation>IBAN for paying the fee</translation>
    </message>
    <message>
        <source>Freiwillig; ohne IBAN erhalten Sie eine Rechnung.</source>
        <comment>fields.iban.help</comment>
        <translation>Optional; without an IBAN you receive an invoice.</translation>
    </message>
</context>
<context>
    <name>form:fuehrungszeugnis</name>
    <message>
        <source>Antrag auf ein Führungszeugnis</source>
        <comment>title</comment>
        <translation>Application for a certificate of good conduct</translation>
    </message>
    <message>
        <source>Antrag auf ein Führungszeugnis aus dem Bundeszentralregister (§ 30 BZRG). Das Zeugnis schickt Ihnen das Bundesamt für Justiz oder direkt an die Behörde.</source>
        <comment>description</comment>
        <translation>Application for a certificate of conduct from the Federal Central Criminal Register (section 30 BZRG). The Federal Office of Justice sends it to you or directly to the authority.</translation>
    </message>
    <message>
        <source>Privat oder zur Vorlage bei einer Behörde, auch erweitert.</source>
        <comment>summary</comment>
        <translation>Private or for an authority, also the extended one.</translation>
    </message>
    <message>
        <source>§ 2 Justizverwaltungskostengesetz (JVKostG) mit Nr. 1130 der Anlage</source>
        <comment>fee.legal_basis</comment>
        <translation>Section 2 Judicial Administration Costs Act (JVKostG), no. 1130 of the schedule</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translation>Receiving citizen&apos;s income or social assistance (proof at the counter)</translation>
    </message>
    <message>
        <source>Ehrenamtliche Tätigkeit (Bestätigung der Einrichtung)</source>
        <comment>fee.exemptions.volunteer.label</comment>
        <translation>Volunteer work (confirmation by the organisation)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translation>As in your identity card or passport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translation>All given names, as in your identity card or passport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translation>Only if it differs from your family name.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translation>Nationality (or nationalities)</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translation>Current address in this city</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translation>House number</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translation>For example 12, 12a or 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Art des Führungszeugnisses</source>
        <comment>sections.certificate.title</comment>
        <translation>Kind of certificate</translation>
    </message>
    <message>
        <source>Belegart</source>
        <comment>fields.kind.label</comment>
        <translation>Type of certificate</translation>
    </message>
    <message>
        <source>Das erweiterte Führungszeugnis (§ 30a BZRG) brauchen Sie für Arbeit mit Kindern und Jugendlichen; bitte legen Sie die Aufforderung am Schalter vor.</source>
        <comment>fields.kind.help</comment>
        <translation>The extended certificate (section 30a BZRG) is for work with children and young people; please show the request at the counter.</translation>
    </message>
    <message>
        <source>Privatführungszeugnis (Belegart N)</source>
        <comment>fields.kind.options.N.label</comment>
        <translation>For private purposes (type N)</translation>
    </message>
    <message>
        <source>Zur Vorlage bei einer Behörde (Belegart O)</source>
        <comment>fields.kind.options.O.label</comment>
        <translation>For an authority (type O)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis, privat (Belegart NE)</source>
        <comment>fields.kind.options.NE.label</comment>
        <translation>Extended, private (type NE)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis für eine Behörde (Belegart OE)</source>
        <comment>fields.kind.options.OE.label</comment>
        <translation>Extended, for an authority (type OE)</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose_text.label</comment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Zum Beispiel: Bewerbung als Erzieherin, Waffenschein.</source>
        <comment>fields.purpose_text.help</comment>
        <translation>For example: applying as a nursery teacher, firearms licence.</translation>
    </message>
    <message>
        <source>Gebührenbefreiung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translation>Fee exemption requested</translation>
    </message>
    <message>
        <source>Bei Ehrenamt oder geringem Einkommen; Nachweis am Schalter.</source>
        <comment>fields.fee_exempt.help</comment>
        <translation>For volunteer work or low income; proof at the counter.</translation>
    </message>
    <message>
        <source>Empfangende Behörde und Kontakt</source>
        <comment>sections.authority.title</comment>
        <translation>Receiving authority and contact</translation>
    </message>
    <message>
        <source>Behörde</source>
        <comment>fields.authority_name.label</comment>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Aktenzeichen der Behörde</source>
        <comment>fields.authority_reference.label</comment>
        <translation>Authority&apos;s reference</translation>
    </message>
    <message>
        <source>Anschrift der Behörde</source>
        <comment>fields.authority_address.label</comment>
        <translation>Authority&apos;s address</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translation>For questions about your application, optional.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translation>Phone number</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-einfach</name>
    <message>
        <source>Meldebescheinigung (einfach)</source>
        <comment>title</comment>
        <translation>Certificate of registration (simple)</translation>
    </message>
    <message>
        <source>Bescheinigung über Ihre aktuelle Anschrift in dieser Stadt, zum Beispiel für Arbeitgeber, Behörden oder Vermieter. Sie enthält Ihren Namen, Ihr Geburtsdatum und Ihre Anschrift.</source>
        <comment>description</comment>
        <translation>A certificate of your current address in this city, for example for an employer, an authority or a landlord. It shows your name, your date of birth and your address.</translation>
    </message>
    <message>
        <source>Bestätigt Ihre aktuelle Anschrift, z. B. für Arbeitgeber oder Vermieter.</source>
        <comment>summary</comment>
        <translation>Confirms your current address, e.g. for an employer or landlord.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translation>Section 18 (1) of the Federal Registration Act (Bundesmeldegesetz) together with the city&apos;s schedule of administrative fees</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translation>As in your identity card or passport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translation>All given names, as in your identity card or passport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translation>Only if it differs from your family name.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translation>Current address in this city</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translation>House number</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translation>For example 12, 12a or 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translation>About the certificate</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translation>For an employer</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translation>For an authority</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translation>For a landlord</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translation>Other purpose</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Bescheinigungen Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translation>How many identical certificates you need (1 to 5).</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-erweitert</name>
    <message>
        <source>Meldebescheinigung (erweitert)</source>
        <comment>title</comment>
        <translation>Certificate of registration (extended)</translation>
    </message>
    <message>
        <source>Bescheinigung mit weiteren Daten aus dem Melderegister, z. B. früheren Anschriften, Familienstand oder Staatsangehörigkeit. Sie bekommen nur Ihre eigenen Daten.</source>
        <comment>description</comment>
        <translation>A certificate with further data from the population register, e.g. former addresses, marital status or nationality. You receive your own data only.</translation>
    </message>
    <message>
        <source>Mit früheren Anschriften, Familienstand oder Staatsangehörigkeit.</source>
        <comment>summary</comment>
        <translation>With former addresses, marital status or nationality.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translation>Section 18 (1) Federal Registration Act (BMG) together with the city&apos;s schedule of administrative fees</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translation>As in your identity card or passport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translation>All given names, as in your identity card or passport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translation>Only if it differs from your family name.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translation>Current address in this city</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translation>House number</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translation>For example 12, 12a or 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translation>About the certificate</translation>
    </message>
    <message>
        <source>Zusätzlich aufnehmen</source>
        <comment>fields.contents.label</comment>
        <translation>Also include</translation>
    </message>
    <message>
        <source>Wählen Sie alles aus, was auf der Bescheinigung stehen soll.</source>
        <comment>fields.contents.help</comment>
        <translation>Choose everything the certificate should show.</translation>
    </message>
    <message>
        <source>Frühere Anschriften</source>
        <comment>fields.contents.options.former_addresses.label</comment>
        <translation>Former addresses</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.contents.options.marital_status.label</comment>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.contents.options.nationality.label</comment>
        <translation>Nationality (or nationalities)</translation>
    </message>
    <message>
        <source>Zugehörigkeit zu einer Religionsgesellschaft</source>
        <comment>fields.contents.options.religion.label</comment>
        <translation>Membership of a religious community</translation>
    </message>
    <message>
        <source>Im Haushalt gemeldete Personen</source>
        <comment>fields.contents.options.household.label</comment>
        <translation>Persons registered in the household</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.contents.options.move_in_date.label</comment>
        <translation>Date of moving in</translation>
    </message>
    <message>
        <source>Frühere Anschriften ab</source>
        <comment>fields.former_since.label</comment>
        <translation>Former addresses since</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.former_since.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translation>For an employer</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translation>For an authority</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translation>For a landlord</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translation>Other purpose</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translation>How many identical copies you need (1 to 5).</translation>
    </message>
</context>
<context>
    <name>form:uebermittlungssperre</name>
    <message>
        <source>Übermittlungssperre / Auskunftssperre</source>
        <comment>title</comment>
        <translation>Blocking the disclosure of your data</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Weitergabe Ihrer Meldedaten nach dem Bundesmeldegesetz. Eine Auskunftssperre (§ 51 BMG) gibt es nur bei einer Gefahr für Leib und Leben; sie wird am Schalter geprüft.</source>
        <comment>description</comment>
        <translation>Objection to passing on your registration data under the Federal Registration Act. A full block (section 51 BMG) is only granted where life or health is at risk and is examined at the counter.</translation>
    </message>
    <message>
        <source>Widerspruch nach §§ 36, 42, 50 BMG; Auskunftssperre nach § 51 BMG.</source>
        <comment>summary</comment>
        <translation>Objections under ss. 36, 42, 50 BMG; full block under s. 51 BMG.</translation>
    </message>
    <message>
        <source>Gebührenfrei nach § 36 Abs. 2, § 42 Abs. 3, § 50 Abs. 5 BMG</source>
        <comment>fee.legal_basis</comment>
        <translation>Free of charge under sections 36 (2), 42 (3), 50 (5) BMG</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translation>As in your identity card or passport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translation>All given names, as in your identity card or passport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translation>Only if it differs from your family name.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translation>Current address in this city</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translation>House number</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translation>For example 12, 12a or 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Widersprüche</source>
        <comment>sections.objections.title</comment>
        <translation>Objections</translation>
    </message>
    <message>
        <source>Ich widerspreche der Übermittlung meiner Daten</source>
        <comment>fields.objections.label</comment>
        <translation>I object to my data being passed on</translation>
    </message>
    <message>
        <source>an das Bundesamt für das Personalmanagement der Bundeswehr (§ 36 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg36.label</comment>
        <translation>to the Federal Armed Forces personnel office (s. 36 (2) BMG)</translation>
    </message>
    <message>
        <source>an öffentlich-rechtliche Religionsgesellschaften für Familienangehörige (§ 42 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg42.label</comment>
        <translation>to religious communities about family members (s. 42 (3) BMG)</translation>
    </message>
    <message>
        <source>an Parteien und Wählergruppen vor Wahlen (§ 50 Abs. 1 BMG)</source>
        <comment>fields.objections.options.bmg50_1.label</comment>
        <translation>to parties and voter groups before elections (s. 50 (1) BMG)</translation>
    </message>
    <message>
        <source>an Presse und Mandatsträger bei Alters- und Ehejubiläen (§ 50 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg50_2.label</comment>
        <translation>to the press and elected officials about birthdays and anniversaries (s. 50 (2) BMG)</translation>
    </message>
    <message>
        <source>an Adressbuchverlage (§ 50 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg50_3.label</comment>
        <translation>to address book publishers (s. 50 (3) BMG)</translation>
    </message>
    <message>
        <source>Auskunftssperre wegen Gefahr (§ 51 BMG) – Prüfung am Schalter</source>
        <comment>fields.objections.options.bmg51.label</comment>
        <translation>full block because of danger (s. 51 BMG) – examined at the counter</translation>
    </message>
    <message>
        <source>Kurze Begründung der Gefahr</source>
        <comment>fields.danger_reason.label</comment>
        <translation>Short reason for the danger</translation>
    </message>
    <message>
        <source>Einzelheiten und Nachweise besprechen Sie bitte vertraulich am Schalter.</source>
        <comment>fields.danger_reason.help</comment>
        <translation>Please discuss details and evidence confidentially at the counter.</translation>
    </message>
    <message>
        <source>Für alle Personen meines Haushalts</source>
        <comment>fields.household.label</comment>
        <translation>For everyone in my household</translation>
    </message>
</context>
<context>
    <name>form:ummeldung</name>
    <message>
        <source>Ummeldung innerhalb der Stadt</source>
        <comment>title</comment>
        <translation>Change of address within the city</translation>
    </message>
    <message>
        <source>Anmeldung einer neuen Wohnung in derselben Stadt (§ 17 BMG). Bitte halten Sie die Wohnungsgeberbestätigung bereit.</source>
        <comment>description</comment>
        <translation>Registering a new home in the same city (section 17 BMG). Please have the landlord&apos;s confirmation ready.</translation>
    </message>
    <message>
        <source>Neue Anschrift, Umzugsdatum und mitziehende Personen.</source>
        <comment>summary</comment>
        <translation>New address, moving date and persons moving with you.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translation>Free of charge (section 17 BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translation>As in your identity card or passport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translation>All given names, as in your identity card or passport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translation>Only if it differs from your family name.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Bisherige Anschrift in dieser Stadt</source>
        <comment>sections.old_address.title</comment>
        <translation>Previous address in this city</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.old_street.label</comment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.old_house_number.label</comment>
        <translation>House number</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.old_house_number.help</comment>
        <translation>For example 12, 12a or 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.old_postal_code.label</comment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.old_city.label</comment>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Neue Anschrift</source>
        <comment>sections.new_address.title</comment>
        <translation>New address</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translation>House number</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translation>For example 12, 12a or 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Stockwerk, Wohnungsnummer</source>
        <comment>fields.new_floor.label</comment>
        <translation>Floor, flat number</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translation>Date of moving in</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translation>You can register up to 14 days before moving in (section 17 BMG).</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung liegt vor</source>
        <comment>fields.landlord_confirmation.label</comment>
        <translation>I have the landlord&apos;s confirmation</translation>
    </message>
    <message>
        <source>Pflicht nach § 19 BMG; legen Sie sie am Schalter vor oder senden Sie sie nach.</source>
        <comment>fields.landlord_confirmation.help</comment>
        <translation>Required by section 19 BMG; show it at the counter or send it later.</translation>
    </message>
    <message>
        <source>Mitziehende Personen</source>
        <comment>sections.persons.title</comment>
        <translation>Persons moving with you</translation>
    </message>
    <message>
        <source>Personen, die mit Ihnen umziehen</source>
        <comment>fields.persons_moving.label</comment>
        <translation>Persons moving with you</translation>
    </message>
    <message>
        <source>Nur Personen, die mit Ihnen in die neue Wohnung ziehen.</source>
        <comment>fields.persons_moving.help</comment>
        <translation>Only persons who move into the new home with you.</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.persons_moving.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.persons_moving.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.persons_moving.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.persons_moving.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.persons_moving.relation.label</comment>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.persons_moving.relation.options.spouse.label</comment>
        <translation>Spouse / civil partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.persons_moving.relation.options.child.label</comment>
        <translation>Child</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.persons_moving.relation.options.other.label</comment>
        <translation>Other person</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translation>For questions about your application, optional.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translation>Phone number</translation>
    </message>
</context>
<context>
    <name>form:urkundenbestellung</name>
    <message>
        <source>Urkundenbestellung</source>
        <comment>title</comment>
        <translation>Ordering a civil status certificate</translation>
    </message>
    <message>
        <source>Bestellung einer Geburts-, Ehe- oder Sterbeurkunde aus einem Personenstandsregister dieser Stadt (§ 62 PStG).</source>
        <comment>description</comment>
        <translation>Ordering a birth, marriage or death certificate from a civil status register of this city (section 62 PStG).</translation>
    </message>
    <message>
        <source>Geburts-, Ehe- oder Sterbeurkunde.</source>
        <comment>summary</comment>
        <translation>Birth, marriage or death certificate.</translation>
    </message>
    <message>
        <source>§ 2 Gebührenverordnung zum Personenstandsgesetz des Landes; jede weitere Ausfertigung 6,00 EUR</source>
        <comment>fee.legal_basis</comment>
        <translation>Section 2 of the state&apos;s civil status fee regulation; each further copy EUR 6.00</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translation>As in your identity card or passport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translation>All given names, as in your identity card or passport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translation>Only if it differs from your family name.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translation>Current address in this city</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translation>House number</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translation>For example 12, 12a or 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Welche Urkunde</source>
        <comment>sections.certificate.title</comment>
        <translation>Which certificate</translation>
    </message>
    <message>
        <source>Urkunde</source>
        <comment>fields.certificate_kind.label</comment>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Geburtsurkunde</source>
        <comment>fields.certificate_kind.options.birth.label</comment>
        <translation>Birth certificate</translation>
    </message>
    <message>
        <source>Eheurkunde</source>
        <comment>fields.certificate_kind.options.marriage.label</comment>
        <translation>Marriage certificate</translation>
    </message>
    <message>
        <source>Sterbeurkunde</source>
        <comment>fields.certificate_kind.options.death.label</comment>
        <translation>Death certificate</translation>
    </message>
    <message>
        <source>Internationale (mehrsprachige) Urkunde</source>
        <comment>fields.international.label</comment>
        <translation>International (multilingual) certificate</translation>
    </message>
    <message>
        <source>Die Urkunde betrifft mich selbst</source>
        <comment>fields.subject_is_applicant.label</comment>
        <translation>The certificate is about me</translation>
    </message>
    <message>
        <source>Name der Person in der Urkunde</source>
        <comment>fields.subject_name.label</comment>
        <translation>Name of the person on the certificate</translation>
    </message>
    <message>
        <source>Ihr Verhältnis zu dieser Person</source>
        <comment>fields.relationship.label</comment>
        <translation>Your relationship to this person</translation>
    </message>
    <message>
        <source>Nach § 62 PStG erhalten nur Berechtigte eine Urkunde.</source>
        <comment>fields.relationship.help</comment>
        <translation>Under section 62 PStG only entitled persons receive a certificate.</translation>
    </message>
    <message>
        <source>Ehegatte</source>
        <comment>fields.relationship.options.spouse.label</comment>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Elternteil</source>
        <comment>fields.relationship.options.parent.label</comment>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.relationship.options.child.label</comment>
        <translation>Child</translation>
    </message>
    <message>
        <source>Geschwister</source>
        <comment>fields.relationship.options.sibling.label</comment>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Rechtliches Interesse (Nachweis erforderlich)</source>
        <comment>fields.relationship.options.legal_interest.label</comment>
        <translation>Legal interest (proof required)</translation>
    </message>
    <message>
        <source>Datum des Ereignisses</source>
        <comment>fields.event_date.label</comment>
        <translation>Date of the event</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.event_date.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Ort des Ereignisses</source>
        <comment>fields.event_place.label</comment>
        <translation>Place of the event</translation>
    </message>
    <message>
        <source>Registernummer</source>
        <comment>fields.register_number.label</comment>
        <translation>Register number</translation>
    </message>
    <message>
        <source>Falls bekannt, z. B. G 123/1985.</source>
        <comment>fields.register_number.help</comment>
        <translation>If known, e.g. G 123/1985.</translation>
    </message>
    <message>
        <source>Bitte wie G 123/1985 eingeben.</source>
        <comment>fields.register_number.pattern_message</comment>
        <translation>Please write it like G 123/1985.</translation>
    </message>
    <message>
        <source>Zustellung</source>
        <comment>fields.delivery.label</comment>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Per Post an meine Anschrift</source>
        <comment>fields.delivery.options.post.label</comment>
        <translation>By post to my address</translation>
    </message>
    <message>
        <source>Abholung im Bürgerbüro</source>
        <comment>fields.delivery.options.pickup.label</comment>
        <translation>Collect at the office</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 10).</source>
        <comment>fields.copies.help</comment>
        <translation>How many identical copies you need (1 to 10).</translation>
    </message>
</context>
<context>
    <name>form:wohnsitzanmeldung</name>
    <message>
        <source>Wohnsitzanmeldung</source>
        <comment>title</comment>
        <translation>Registering a new residence</translation>
    </message>
    <message>
        <source>Anmeldung nach Zuzug in diese Stadt (§ 17 BMG), mit den Angaben der Wohnungsgeberbestätigung (§ 19 BMG).</source>
        <comment>description</comment>
        <translation>Registration after moving to this city (section 17 BMG), with the data of the landlord&apos;s confirmation (section 19 BMG).</translation>
    </message>
    <message>
        <source>Nach dem Zuzug, mit den Angaben der Wohnungsgeberbestätigung.</source>
        <comment>summary</comment>
        <translation>After moving here, with the landlord&apos;s confirmation.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translation>Free of charge (section 17 BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translation>As in your identity card or passport.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translation>All given names, as in your identity card or passport.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translation>Only if it differs from your family name.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translation>Nationality (or nationalities)</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.marital_status.label</comment>
        <translation>Marital status</translation>
    </message>
    <message>
        <source>ledig</source>
        <comment>fields.marital_status.options.single.label</comment>
        <translation>single</translation>
    </message>
    <message>
        <source>verheiratet</source>
        <comment>fields.marital_status.options.married.label</comment>
        <translation>married</translation>
    </message>
    <message>
        <source>eingetragene Lebenspartnerschaft</source>
        <comment>fields.marital_status.options.partnership.label</comment>
        <translation>civil partnership</translation>
    </message>
    <message>
        <source>geschieden</source>
        <comment>fields.marital_status.options.divorced.label</comment>
        <translation>divorced</translation>
    </message>
    <message>
        <source>verwitwet</source>
        <comment>fields.marital_status.options.widowed.label</comment>
        <translation>widowed</translation>
    </message>
    <message>
        <source>Neue Anschrift in dieser Stadt</source>
        <comment>sections.new_address.title</comment>
        <translation>New address in this city</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translation>Street</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translation>House number</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translation>For example 12, 12a or 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translation>Town or city</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translation>Date of moving in</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translation>You can register up to 14 days before moving in (section 17 BMG).</translation>
    </message>
    <message>
        <source>Art der Wohnung</source>
        <comment>fields.dwelling_kind.label</comment>
        <translation>Kind of residence</translation>
    </message>
    <message>
        <source>Alleinige Wohnung</source>
        <comment>fields.dwelling_kind.options.sole.label</comment>
        <translation>Only residence</translation>
    </message>
    <message>
        <source>Hauptwohnung</source>
        <comment>fields.dwelling_kind.options.main.label</comment>
        <translation>Main residence</translation>
    </message>
    <message>
        <source>Nebenwohnung</source>
        <comment>fields.dwelling_kind.options.secondary.label</comment>
        <translation>Secondary residence</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung</source>
        <comment>sections.landlord.title</comment>
        <translation>Landlord&apos;s confirmation</translation>
    </message>
    <message>
        <source>Name des Wohnungsgebers</source>
        <comment>fields.landlord_name.label</comment>
        <translation>Landlord&apos;s name</translation>
    </message>
    <message>
        <source>Der Wohnungsgeber ist Eigentümer</source>
        <comment>fields.landlord_is_owner.label</comment>
        <translation>The landlord owns the property</translation>
    </message>
    <message>
        <source>Name des Eigentümers</source>
        <comment>fields.owner_name.label</comment>
        <translation>Owner&apos;s name</translation>
    </message>
    <message>
        <source>Datum der Bestätigung</source>
        <comment>fields.confirmation_date.label</comment>
        <translation>Date of the confirmation</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.confirmation_date.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Bisherige Anschrift</source>
        <comment>sections.previous.title</comment>
        <translation>Previous address</translation>
    </message>
    <message>
        <source>Zuzug aus dem Ausland</source>
        <comment>fields.previous_abroad.label</comment>
        <translation>Moving from abroad</translation>
    </message>
    <message>
        <source>Staat</source>
        <comment>fields.previous_country.label</comment>
        <translation>Country</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <comment>fields.previous_street.label</comment>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Postleitzahl und Ort</source>
        <comment>fields.previous_city.label</comment>
        <translation>Postal code and town</translation>
    </message>
    <message>
        <source>Familienangehörige</source>
        <comment>sections.family.title</comment>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Mitziehende Familienangehörige</source>
        <comment>fields.family_members.label</comment>
        <translation>Family members moving with you</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_members.family_name.label</comment>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.family_members.given_names.label</comment>
        <translation>Given name(s)</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.family_members.date_of_birth.label</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.family_members.date_of_birth.help</comment>
        <translation>As DD.MM.YYYY, for example 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.family_members.relation.label</comment>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.family_members.relation.options.spouse.label</comment>
        <translation>Spouse / civil partner</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.family_members.relation.options.child.label</comment>
        <translation>Child</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.family_members.relation.options.other.label</comment>
        <translation>Other person</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translation>For questions about your application, optional.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translation>Phone number</translation>
    </message>
</context>
</TS>
