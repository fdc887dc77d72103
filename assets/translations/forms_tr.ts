<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="de">
<context>
    <name>form:aufenthaltsbescheinigung</name>
    <message>
        <source>Aufenthaltsbescheinigung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İkamet süresi belgesi (Aufenthaltsbescheinigung)</translation>
    </message>
    <message>
        <source>Bescheinigung, seit wann Sie in dieser Stadt wohnen, z. B. für ausländische Behörden, Renten- oder Steuerstellen.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirde ne zamandan beri oturduğunuzu gösteren belge; örneğin yabancı makamlar, emeklilik veya vergi daireleri için.</translation>
    </message>
    <message>
        <source>Seit wann Sie in dieser Stadt wohnen.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirde ne zamandan beri oturduğunuz.</translation>
    </message>
    <message>
        <source>§ 18 BMG in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 BMG (Federal Nüfus Kayıt Kanunu) ile bağlantılı olarak şehrin idari ücret tarifesi</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kişisel bilgiler</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda (Personalausweis) veya pasaportunuzda yazdığı gibi.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda veya pasaportunuzda yazdığı gibi tüm adlarınız.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum soyadı (Geburtsname)</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yalnızca soyadınızdan farklıysa doldurun.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Uyruk(lar)</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirdeki güncel adres</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin 12, 12a veya 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgeyle ilgili bilgiler</translation>
    </message>
    <message>
        <source>Wohnhaft in der Stadt seit</source>
        <comment>fields.residence_since.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Şehirde ikamet başlangıcı</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.residence_since.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Vorlage in welchem Staat</source>
        <comment>fields.recipient_country.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hangi ülkede kullanılacak</translation>
    </message>
    <message>
        <source>Sprache der Bescheinigung</source>
        <comment>fields.language_of_certificate.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgenin dili</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <comment>fields.language_of_certificate.options.de.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Almanca</translation>
    </message>
    <message>
        <source>Deutsch und Englisch</source>
        <comment>fields.language_of_certificate.options.en.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Almanca ve İngilizce</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nüsha sayısı</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kaç adet aynı nüshaya ihtiyacınız var (1 ile 5 arası).</translation>
    </message>
    <message>
        <source>Das Geburtsdatum muss vor dem Zuzugsdatum liegen.</source>
        <comment>checks.born-before-residence.message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi, şehre taşınma tarihinden önce olmalıdır.</translation>
    </message>
</context>
<context>
    <name>form:bewohnerparkausweis</name>
    <message>
        <source>Bewohnerparkausweis</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sakin park kartı (Bewohnerparkausweis)</translation>
    </message>
    <message>
        <source>Parkausweis für Bewohnerinnen und Bewohner einer Parkzone (§ 45 Abs. 1b StVO). Das Fahrzeug muss auf Sie zugelassen sein oder Ihnen dauerhaft zur Verfügung stehen.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bir park bölgesinde oturanlar için park kartı (§ 45 Abs. 1b StVO). Araç sizin adınıza tescilli olmalı veya sürekli olarak kullanımınızda bulunmalıdır.</translation>
    </message>
    <message>
        <source>Für Ihr Fahrzeug in Ihrer Parkzone.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Park bölgenizdeki aracınız için.</translation>
    </message>
    <message>
        <source>Gebührenordnung für Bewohnerparkausweise der Stadt (§ 6a Abs. 5a StVG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Şehrin sakin park kartı ücret tarifesi (§ 6a Abs. 5a StVG)</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vatandaşlık geliri (Bürgergeld) veya sosyal yardım alımı (belge gişede)</translation>
    </message>
    <message>
        <source>Schwerbehindertenausweis mit Merkzeichen G oder aG</source>
        <comment>fee.exemptions.disability.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>G veya aG işaretli ağır engelli kimlik kartı (Schwerbehindertenausweis)</translation>
    </message>
    <message>
        <source>Stadt Musterstadt, Stadtkasse</source>
        <comment>fee.sepa_mandate.creditor_name</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Stadt Musterstadt, Stadtkasse (şehir veznesi)</translation>
    </message>
    <message>
        <source>Ich ermächtige die Stadt Musterstadt, die Gebühr für diesen Bewohnerparkausweis von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Musterstadt auf mein Konto gezogene Lastschrift einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.</source>
        <comment>fee.sepa_mandate.text</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Musterstadt Belediyesine (Stadt Musterstadt), bu sakin park kartının ücretini hesabımdan otomatik ödeme (Lastschrift) yoluyla tahsil etme yetkisi veriyorum. Aynı zamanda bankama, Musterstadt Belediyesinin hesabımdan çektiği otomatik ödemeyi karşılaması talimatını veriyorum. Not: Hesabımdan çekilen tutarın iadesini, çekim tarihinden itibaren sekiz hafta içinde talep edebilirim. Bu konuda bankamla anlaştığım koşullar geçerlidir.</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kişisel bilgiler</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda (Personalausweis) veya pasaportunuzda yazdığı gibi.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda veya pasaportunuzda yazdığı gibi tüm adlarınız.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum soyadı (Geburtsname)</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yalnızca soyadınızdan farklıysa doldurun.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirdeki güncel adres</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin 12, 12a veya 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
    <message>
        <source>Fahrzeug und Zone</source>
        <comment>sections.vehicle.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Araç ve bölge</translation>
    </message>
    <message>
        <source>Amtliches Kennzeichen</source>
        <comment>fields.registration_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Plaka (Amtliches Kennzeichen)</translation>
    </message>
    <message>
        <source>Zum Beispiel MZ-AB 123.</source>
        <comment>fields.registration_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin MZ-AB 123.</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Kennzeichen wie auf dem Schild ein, z. B. MZ-AB 123.</source>
        <comment>fields.registration_number.pattern_message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen plakayı levhada yazdığı gibi girin, örn. MZ-AB 123.</translation>
    </message>
    <message>
        <source>Das Fahrzeug ist</source>
        <comment>fields.vehicle_holder.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Araç</translation>
    </message>
    <message>
        <source>auf mich zugelassen</source>
        <comment>fields.vehicle_holder.options.own.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>benim adıma tescilli</translation>
    </message>
    <message>
        <source>ein Firmenwagen zu meiner Nutzung</source>
        <comment>fields.vehicle_holder.options.company.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>kullanımımdaki bir şirket aracı</translation>
    </message>
    <message>
        <source>geleast oder gemietet</source>
        <comment>fields.vehicle_holder.options.leased.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>leasing veya kiralık</translation>
    </message>
    <message>
        <source>Kopie der Zulassungsbescheinigung Teil I</source>
        <comment>fields.registration_certificate.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ruhsat kopyası (Zulassungsbescheinigung Teil I)</translation>
    </message>
    <message>
        <source>Freiwillig. Legen Sie den Fahrzeugschein auf den Scanner und scannen Sie die Vorderseite. Ohne Kopie legen Sie ihn bitte am Schalter vor.</source>
        <comment>fields.registration_certificate.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İsteğe bağlı. Ruhsatı (Fahrzeugschein) tarayıcıya koyup ön yüzünü tarayın. Kopya yoksa lütfen ruhsatı gişede gösterin.</translation>
    </message>
    <message>
        <source>Parkzone</source>
        <comment>fields.zone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Park bölgesi</translation>
    </message>
    <message>
        <source>Zone A – Altstadt</source>
        <comment>fields.zone.options.A.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bölge A – Eski şehir (Altstadt)</translation>
    </message>
    <message>
        <source>Zone B – Neustadt</source>
        <comment>fields.zone.options.B.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bölge B – Yeni şehir (Neustadt)</translation>
    </message>
    <message>
        <source>Zone C – Bahnhof</source>
        <comment>fields.zone.options.C.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bölge C – Gar (Bahnhof)</translation>
    </message>
    <message>
        <source>Zone D – Hafen</source>
        <comment>fields.zone.options.D.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bölge D – Liman (Hafen)</translation>
    </message>
    <message>
        <source>Gültigkeit</source>
        <comment>fields.duration_months.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geçerlilik süresi</translation>
    </message>
    <message>
        <source>6 Monate</source>
        <comment>fields.duration_months.options.6.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>6 ay</translation>
    </message>
    <message>
        <source>12 Monate</source>
        <comment>fields.duration_months.options.12.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>12 ay</translation>
    </message>
    <message>
        <source>24 Monate</source>
        <comment>fields.duration_months.options.24.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>24 ay</translation>
    </message>
    <message>
        <source>Gebührenermäßigung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret indirimi talep ediyorum</translation>
    </message>
    <message>
        <source>IBAN für den Einzug der Gebühr</source>
        <comment>fields.iban.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücretin tahsili için IBAN</translation>
    </message>
    <message>
        <source>Freiwillig; ohne IBAN erhalten Sie eine Rechnung.</source>
        <comment>fields.iban.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İsteğe bağlı; IBAN vermezseniz fatura alırsınız.</translation>
    </message>
</context>
<context>
    <name>form:fuehrungszeugnis</name>
    <message>
        <source>Antrag auf ein Führungszeugnis</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adli sicil belgesi başvurusu (Führungszeugnis)</translation>
    </message>
    <message>
        <source>Antrag auf ein Führungszeugnis aus dem Bundeszentralregister (§ 30 BZRG). Das Zeugnis schickt Ihnen das Bundesamt für Justiz oder direkt an die Behörde.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Federal Merkezi Sicilden (Bundeszentralregister) adli sicil belgesi başvurusu (§ 30 BZRG). Belgeyi Federal Adalet Dairesi (Bundesamt für Justiz) size veya doğrudan ilgili makama gönderir.</translation>
    </message>
    <message>
        <source>Privat oder zur Vorlage bei einer Behörde, auch erweitert.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Özel kullanım veya bir makama sunmak için, genişletilmiş olanı da.</translation>
    </message>
    <message>
        <source>§ 2 Justizverwaltungskostengesetz (JVKostG) mit Nr. 1130 der Anlage</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 2 Adalet İdaresi Masrafları Kanunu (JVKostG), ek tarife no. 1130</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vatandaşlık geliri (Bürgergeld) veya sosyal yardım alımı (belge gişede)</translation>
    </message>
    <message>
        <source>Ehrenamtliche Tätigkeit (Bestätigung der Einrichtung)</source>
        <comment>fee.exemptions.volunteer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gönüllü çalışma (kurumun onayıyla)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kişisel bilgiler</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda (Personalausweis) veya pasaportunuzda yazdığı gibi.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda veya pasaportunuzda yazdığı gibi tüm adlarınız.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum soyadı (Geburtsname)</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yalnızca soyadınızdan farklıysa doldurun.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Uyruk(lar)</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirdeki güncel adres</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin 12, 12a veya 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
    <message>
        <source>Art des Führungszeugnisses</source>
        <comment>sections.certificate.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adli sicil belgesinin türü</translation>
    </message>
    <message>
        <source>Belegart</source>
        <comment>fields.kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge türü (Belegart)</translation>
    </message>
    <message>
        <source>Das erweiterte Führungszeugnis (§ 30a BZRG) brauchen Sie für Arbeit mit Kindern und Jugendlichen; bitte legen Sie die Aufforderung am Schalter vor.</source>
        <comment>fields.kind.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Genişletilmiş adli sicil belgesi (erweitertes Führungszeugnis, § 30a BZRG) çocuklar ve gençlerle çalışmak için gereklidir; lütfen talep yazısını gişede gösterin.</translation>
    </message>
    <message>
        <source>Privatführungszeugnis (Belegart N)</source>
        <comment>fields.kind.options.N.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Özel kullanım için (Belegart N)</translation>
    </message>
    <message>
        <source>Zur Vorlage bei einer Behörde (Belegart O)</source>
        <comment>fields.kind.options.O.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bir makama sunmak için (Belegart O)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis, privat (Belegart NE)</source>
        <comment>fields.kind.options.NE.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Genişletilmiş, özel kullanım (Belegart NE)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis für eine Behörde (Belegart OE)</source>
        <comment>fields.kind.options.OE.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Genişletilmiş, bir makam için (Belegart OE)</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose_text.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kullanım amacı</translation>
    </message>
    <message>
        <source>Zum Beispiel: Bewerbung als Erzieherin, Waffenschein.</source>
        <comment>fields.purpose_text.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin: kreş öğretmeni (Erzieherin) olarak iş başvurusu, silah ruhsatı.</translation>
    </message>
    <message>
        <source>Gebührenbefreiung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret muafiyeti talep ediyorum</translation>
    </message>
    <message>
        <source>Bei Ehrenamt oder geringem Einkommen; Nachweis am Schalter.</source>
        <comment>fields.fee_exempt.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gönüllü çalışma veya düşük gelir durumunda; belge gişede.</translation>
    </message>
    <message>
        <source>Empfangende Behörde und Kontakt</source>
        <comment>sections.authority.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Alıcı makam ve iletişim</translation>
    </message>
    <message>
        <source>Behörde</source>
        <comment>fields.authority_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Makam</translation>
    </message>
    <message>
        <source>Aktenzeichen der Behörde</source>
        <comment>fields.authority_reference.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Makamın dosya numarası (Aktenzeichen)</translation>
    </message>
    <message>
        <source>Anschrift der Behörde</source>
        <comment>fields.authority_address.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Makamın adresi</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sorular için, isteğe bağlı.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Telefon numarası</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-einfach</name>
    <message>
        <source>Meldebescheinigung (einfach)</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adres kayıt belgesi (Meldebescheinigung, basit)</translation>
    </message>
    <message>
        <source>Bescheinigung über Ihre aktuelle Anschrift in dieser Stadt, zum Beispiel für Arbeitgeber, Behörden oder Vermieter. Sie enthält Ihren Namen, Ihr Geburtsdatum und Ihre Anschrift.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirdeki güncel adresinizi gösteren belge; örneğin işveren, makamlar veya ev sahibi için. Adınızı, doğum tarihinizi ve adresinizi içerir.</translation>
    </message>
    <message>
        <source>Bestätigt Ihre aktuelle Anschrift, z. B. für Arbeitgeber oder Vermieter.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Güncel adresinizi onaylar, örn. işveren veya ev sahibi için.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 Abs. 1 Federal Nüfus Kayıt Kanunu (Bundesmeldegesetz, BMG) ile bağlantılı olarak şehrin idari ücret tarifesi</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kişisel bilgiler</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda (Personalausweis) veya pasaportunuzda yazdığı gibi.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda veya pasaportunuzda yazdığı gibi tüm adlarınız.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum soyadı (Geburtsname)</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yalnızca soyadınızdan farklıysa doldurun.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirdeki güncel adres</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin 12, 12a veya 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgeyle ilgili bilgiler</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kullanım amacı</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İşverene sunmak için</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bir makama sunmak için</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ev sahibine sunmak için</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başka amaç</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nüsha sayısı</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Bescheinigungen Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kaç adet aynı belgeye ihtiyacınız var (1 ile 5 arası).</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-erweitert</name>
    <message>
        <source>Meldebescheinigung (erweitert)</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adres kayıt belgesi (Meldebescheinigung, genişletilmiş)</translation>
    </message>
    <message>
        <source>Bescheinigung mit weiteren Daten aus dem Melderegister, z. B. früheren Anschriften, Familienstand oder Staatsangehörigkeit. Sie bekommen nur Ihre eigenen Daten.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nüfus kayıt sicilinden (Melderegister) ek bilgiler içeren belge; örn. önceki adresler, medeni hal veya uyruk. Yalnızca kendi bilgilerinizi alırsınız.</translation>
    </message>
    <message>
        <source>Mit früheren Anschriften, Familienstand oder Staatsangehörigkeit.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Önceki adresler, medeni hal veya uyruk bilgisiyle.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 Abs. 1 Federal Nüfus Kayıt Kanunu (Bundesmeldegesetz, BMG) ile bağlantılı olarak şehrin idari ücret tarifesi</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kişisel bilgiler</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda (Personalausweis) veya pasaportunuzda yazdığı gibi.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda veya pasaportunuzda yazdığı gibi tüm adlarınız.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum soyadı (Geburtsname)</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yalnızca soyadınızdan farklıysa doldurun.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirdeki güncel adres</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin 12, 12a veya 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgeyle ilgili bilgiler</translation>
    </message>
    <message>
        <source>Zusätzlich aufnehmen</source>
        <comment>fields.contents.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ayrıca eklensin</translation>
    </message>
    <message>
        <source>Wählen Sie alles aus, was auf der Bescheinigung stehen soll.</source>
        <comment>fields.contents.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgede yer almasını istediğiniz her şeyi seçin.</translation>
    </message>
    <message>
        <source>Frühere Anschriften</source>
        <comment>fields.contents.options.former_addresses.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Önceki adresler</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.contents.options.marital_status.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Medeni hal</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.contents.options.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Uyruk(lar)</translation>
    </message>
    <message>
        <source>Zugehörigkeit zu einer Religionsgesellschaft</source>
        <comment>fields.contents.options.religion.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bir dini topluluğa üyelik</translation>
    </message>
    <message>
        <source>Im Haushalt gemeldete Personen</source>
        <comment>fields.contents.options.household.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hanede kayıtlı kişiler</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.contents.options.move_in_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Taşınma tarihi</translation>
    </message>
    <message>
        <source>Frühere Anschriften ab</source>
        <comment>fields.former_since.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Önceki adresler (başlangıç tarihi)</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.former_since.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kullanım amacı</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İşverene sunmak için</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bir makama sunmak için</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ev sahibine sunmak için</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başka amaç</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nüsha sayısı</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kaç adet aynı nüshaya ihtiyacınız var (1 ile 5 arası).</translation>
    </message>
</context>
<context>
    <name>form:uebermittlungssperre</name>
    <message>
        <source>Übermittlungssperre / Auskunftssperre</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Veri aktarımına itiraz / bilgi verme yasağı (Übermittlungssperre / Auskunftssperre)</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Weitergabe Ihrer Meldedaten nach dem Bundesmeldegesetz. Eine Auskunftssperre (§ 51 BMG) gibt es nur bei einer Gefahr für Leib und Leben; sie wird am Schalter geprüft.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Federal Nüfus Kayıt Kanunu (Bundesmeldegesetz) uyarınca kayıt bilgilerinizin aktarılmasına itiraz. Bilgi verme yasağı (Auskunftssperre, § 51 BMG) yalnızca can veya sağlık tehlikesi olduğunda verilir; gişede incelenir.</translation>
    </message>
    <message>
        <source>Widerspruch nach §§ 36, 42, 50 BMG; Auskunftssperre nach § 51 BMG.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§§ 36, 42, 50 BMG uyarınca itiraz; § 51 BMG uyarınca bilgi verme yasağı.</translation>
    </message>
    <message>
        <source>Gebührenfrei nach § 36 Abs. 2, § 42 Abs. 3, § 50 Abs. 5 BMG</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 36 Abs. 2, § 42 Abs. 3, § 50 Abs. 5 BMG uyarınca ücretsiz</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kişisel bilgiler</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda (Personalausweis) veya pasaportunuzda yazdığı gibi.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda veya pasaportunuzda yazdığı gibi tüm adlarınız.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum soyadı (Geburtsname)</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yalnızca soyadınızdan farklıysa doldurun.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirdeki güncel adres</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin 12, 12a veya 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
    <message>
        <source>Widersprüche</source>
        <comment>sections.objections.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İtirazlar</translation>
    </message>
    <message>
        <source>Ich widerspreche der Übermittlung meiner Daten</source>
        <comment>fields.objections.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bilgilerimin aktarılmasına itiraz ediyorum</translation>
    </message>
    <message>
        <source>an das Bundesamt für das Personalmanagement der Bundeswehr (§ 36 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg36.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Federal Ordu Personel Yönetimi Dairesine (§ 36 Abs. 2 BMG)</translation>
    </message>
    <message>
        <source>an öffentlich-rechtliche Religionsgesellschaften für Familienangehörige (§ 42 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg42.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>kamu hukuku tüzel kişiliğine sahip dini topluluklara, aile üyeleri hakkında (§ 42 Abs. 3 BMG)</translation>
    </message>
    <message>
        <source>an Parteien und Wählergruppen vor Wahlen (§ 50 Abs. 1 BMG)</source>
        <comment>fields.objections.options.bmg50_1.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>seçimlerden önce partilere ve seçmen gruplarına (§ 50 Abs. 1 BMG)</translation>
    </message>
    <message>
        <source>an Presse und Mandatsträger bei Alters- und Ehejubiläen (§ 50 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg50_2.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>doğum günü ve evlilik yıldönümlerinde basına ve seçilmiş temsilcilere (§ 50 Abs. 2 BMG)</translation>
    </message>
    <message>
        <source>an Adressbuchverlage (§ 50 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg50_3.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>adres rehberi yayıncılarına (§ 50 Abs. 3 BMG)</translation>
    </message>
    <message>
        <source>Auskunftssperre wegen Gefahr (§ 51 BMG) – Prüfung am Schalter</source>
        <comment>fields.objections.options.bmg51.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tehlike nedeniyle bilgi verme yasağı (§ 51 BMG) – gişede incelenir</translation>
    </message>
    <message>
        <source>Kurze Begründung der Gefahr</source>
        <comment>fields.danger_reason.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tehlikenin kısa gerekçesi</translation>
    </message>
    <message>
        <source>Einzelheiten und Nachweise besprechen Sie bitte vertraulich am Schalter.</source>
        <comment>fields.danger_reason.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ayrıntıları ve belgeleri lütfen gişede gizli olarak görüşün.</translation>
    </message>
    <message>
        <source>Für alle Personen meines Haushalts</source>
        <comment>fields.household.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hanemdeki tüm kişiler için</translation>
    </message>
</context>
<context>
    <name>form:ummeldung</name>
    <message>
        <source>Ummeldung innerhalb der Stadt</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Şehir içi adres değişikliği (Ummeldung)</translation>
    </message>
    <message>
        <source>Anmeldung einer neuen Wohnung in derselben Stadt (§ 17 BMG). Bitte halten Sie die Wohnungsgeberbestätigung bereit.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Aynı şehirde yeni bir konutun kaydı (§ 17 BMG). Lütfen ev sahibi onay belgesini (Wohnungsgeber­bestätigung) hazır bulundurun.</translation>
    </message>
    <message>
        <source>Neue Anschrift, Umzugsdatum und mitziehende Personen.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yeni adres, taşınma tarihi ve sizinle taşınan kişiler.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücretsiz (§ 17 BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kişisel bilgiler</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda (Personalausweis) veya pasaportunuzda yazdığı gibi.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda veya pasaportunuzda yazdığı gibi tüm adlarınız.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum soyadı (Geburtsname)</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yalnızca soyadınızdan farklıysa doldurun.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Bisherige Anschrift in dieser Stadt</source>
        <comment>sections.old_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirdeki önceki adres</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.old_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.old_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.old_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin 12, 12a veya 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.old_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.old_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
    <message>
        <source>Neue Anschrift</source>
        <comment>sections.new_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yeni adres</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin 12, 12a veya 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
    <message>
        <source>Stockwerk, Wohnungsnummer</source>
        <comment>fields.new_floor.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kat, daire numarası</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Taşınma tarihi</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Taşınmadan en fazla 14 gün önce kayıt yaptırabilirsiniz (§ 17 BMG).</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung liegt vor</source>
        <comment>fields.landlord_confirmation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ev sahibi onay belgem (Wohnungsgeber­bestätigung) var</translation>
    </message>
    <message>
        <source>Pflicht nach § 19 BMG; legen Sie sie am Schalter vor oder senden Sie sie nach.</source>
        <comment>fields.landlord_confirmation.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 19 BMG uyarınca zorunludur; gişede gösterin veya sonradan gönderin.</translation>
    </message>
    <message>
        <source>Mitziehende Personen</source>
        <comment>sections.persons.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sizinle taşınan kişiler</translation>
    </message>
    <message>
        <source>Personen, die mit Ihnen umziehen</source>
        <comment>fields.persons_moving.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sizinle birlikte taşınan kişiler</translation>
    </message>
    <message>
        <source>Nur Personen, die mit Ihnen in die neue Wohnung ziehen.</source>
        <comment>fields.persons_moving.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yalnızca sizinle birlikte yeni konuta taşınan kişiler.</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.persons_moving.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.persons_moving.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.persons_moving.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.persons_moving.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.persons_moving.relation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yakınlık</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.persons_moving.relation.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Eş / kayıtlı hayat arkadaşı</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.persons_moving.relation.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çocuk</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.persons_moving.relation.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başka kişi</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sorular için, isteğe bağlı.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Telefon numarası</translation>
    </message>
</context>
<context>
    <name>form:urkundenbestellung</name>
    <message>
        <source>Urkundenbestellung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nüfus belgesi siparişi (Urkundenbestellung)</translation>
    </message>
    <message>
        <source>Bestellung einer Geburts-, Ehe- oder Sterbeurkunde aus einem Personenstandsregister dieser Stadt (§ 62 PStG).</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehrin nüfus sicilinden (Personenstandsregister) doğum, evlilik veya ölüm belgesi siparişi (§ 62 PStG).</translation>
    </message>
    <message>
        <source>Geburts-, Ehe- oder Sterbeurkunde.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum, evlilik veya ölüm belgesi.</translation>
    </message>
    <message>
        <source>§ 2 Gebührenverordnung zum Personenstandsgesetz des Landes; jede weitere Ausfertigung 6,00 EUR</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 2 eyaletin Nüfus Kanunu ücret yönetmeliği; her ek nüsha 6,00 EUR</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kişisel bilgiler</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda (Personalausweis) veya pasaportunuzda yazdığı gibi.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda veya pasaportunuzda yazdığı gibi tüm adlarınız.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum soyadı (Geburtsname)</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yalnızca soyadınızdan farklıysa doldurun.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirdeki güncel adres</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin 12, 12a veya 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
    <message>
        <source>Welche Urkunde</source>
        <comment>sections.certificate.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hangi belge</translation>
    </message>
    <message>
        <source>Urkunde</source>
        <comment>fields.certificate_kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge</translation>
    </message>
    <message>
        <source>Geburtsurkunde</source>
        <comment>fields.certificate_kind.options.birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum belgesi (Geburtsurkunde)</translation>
    </message>
    <message>
        <source>Eheurkunde</source>
        <comment>fields.certificate_kind.options.marriage.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Evlilik belgesi (Eheurkunde)</translation>
    </message>
    <message>
        <source>Sterbeurkunde</source>
        <comment>fields.certificate_kind.options.death.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ölüm belgesi (Sterbeurkunde)</translation>
    </message>
    <message>
        <source>Internationale (mehrsprachige) Urkunde</source>
        <comment>fields.international.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Uluslararası (çok dilli) belge</translation>
    </message>
    <message>
        <source>Die Urkunde betrifft mich selbst</source>
        <comment>fields.subject_is_applicant.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge benimle ilgili</translation>
    </message>
    <message>
        <source>Name der Person in der Urkunde</source>
        <comment>fields.subject_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgedeki kişinin adı</translation>
    </message>
    <message>
        <source>Ihr Verhältnis zu dieser Person</source>
        <comment>fields.relationship.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu kişiyle yakınlığınız</translation>
    </message>
    <message>
        <source>Nach § 62 PStG erhalten nur Berechtigte eine Urkunde.</source>
        <comment>fields.relationship.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 62 PStG uyarınca belgeyi yalnızca hak sahipleri alabilir.</translation>
    </message>
    <message>
        <source>Ehegatte</source>
        <comment>fields.relationship.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Eş</translation>
    </message>
    <message>
        <source>Elternteil</source>
        <comment>fields.relationship.options.parent.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Anne veya baba</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.relationship.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çocuk</translation>
    </message>
    <message>
        <source>Geschwister</source>
        <comment>fields.relationship.options.sibling.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kardeş</translation>
    </message>
    <message>
        <source>Rechtliches Interesse (Nachweis erforderlich)</source>
        <comment>fields.relationship.options.legal_interest.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hukuki yarar (belge gerekli)</translation>
    </message>
    <message>
        <source>Datum des Ereignisses</source>
        <comment>fields.event_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Olayın tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.event_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Ort des Ereignisses</source>
        <comment>fields.event_place.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Olayın yeri</translation>
    </message>
    <message>
        <source>Registernummer</source>
        <comment>fields.register_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sicil numarası</translation>
    </message>
    <message>
        <source>Falls bekannt, z. B. G 123/1985.</source>
        <comment>fields.register_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Biliniyorsa, örn. G 123/1985.</translation>
    </message>
    <message>
        <source>Bitte wie G 123/1985 eingeben.</source>
        <comment>fields.register_number.pattern_message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen G 123/1985 biçiminde girin.</translation>
    </message>
    <message>
        <source>Zustellung</source>
        <comment>fields.delivery.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Teslim şekli</translation>
    </message>
    <message>
        <source>Per Post an meine Anschrift</source>
        <comment>fields.delivery.options.post.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adresime posta ile</translation>
    </message>
    <message>
        <source>Abholung im Bürgerbüro</source>
        <comment>fields.delivery.options.pickup.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vatandaş hizmetleri bürosundan (Bürgerbüro) teslim alma</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nüsha sayısı</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 10).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kaç adet aynı nüshaya ihtiyacınız var (1 ile 10 arası).</translation>
    </message>
</context>
<context>
    <name>form:wohnsitzanmeldung</name>
    <message>
        <source>Wohnsitzanmeldung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İkamet kaydı (Wohnsitzanmeldung)</translation>
    </message>
    <message>
        <source>Anmeldung nach Zuzug in diese Stadt (§ 17 BMG), mit den Angaben der Wohnungsgeberbestätigung (§ 19 BMG).</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehre taşındıktan sonra kayıt (§ 17 BMG), ev sahibi onay belgesindeki (Wohnungsgeber­bestätigung, § 19 BMG) bilgilerle.</translation>
    </message>
    <message>
        <source>Nach dem Zuzug, mit den Angaben der Wohnungsgeberbestätigung.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Taşındıktan sonra, ev sahibi onay belgesindeki bilgilerle.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücretsiz (§ 17 BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kişisel bilgiler</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda (Personalausweis) veya pasaportunuzda yazdığı gibi.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınızda veya pasaportunuzda yazdığı gibi tüm adlarınız.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum soyadı (Geburtsname)</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yalnızca soyadınızdan farklıysa doldurun.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Uyruk(lar)</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.marital_status.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Medeni hal</translation>
    </message>
    <message>
        <source>ledig</source>
        <comment>fields.marital_status.options.single.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>bekâr</translation>
    </message>
    <message>
        <source>verheiratet</source>
        <comment>fields.marital_status.options.married.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>evli</translation>
    </message>
    <message>
        <source>eingetragene Lebenspartnerschaft</source>
        <comment>fields.marital_status.options.partnership.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>kayıtlı hayat ortaklığı</translation>
    </message>
    <message>
        <source>geschieden</source>
        <comment>fields.marital_status.options.divorced.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>boşanmış</translation>
    </message>
    <message>
        <source>verwitwet</source>
        <comment>fields.marital_status.options.widowed.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>dul</translation>
    </message>
    <message>
        <source>Neue Anschrift in dieser Stadt</source>
        <comment>sections.new_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu şehirdeki yeni adres</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Örneğin 12, 12a veya 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Taşınma tarihi</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Taşınmadan en fazla 14 gün önce kayıt yaptırabilirsiniz (§ 17 BMG).</translation>
    </message>
    <message>
        <source>Art der Wohnung</source>
        <comment>fields.dwelling_kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Konutun türü</translation>
    </message>
    <message>
        <source>Alleinige Wohnung</source>
        <comment>fields.dwelling_kind.options.sole.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tek konut</translation>
    </message>
    <message>
        <source>Hauptwohnung</source>
        <comment>fields.dwelling_kind.options.main.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ana konut (Hauptwohnung)</translation>
    </message>
    <message>
        <source>Nebenwohnung</source>
        <comment>fields.dwelling_kind.options.secondary.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İkinci konut (Nebenwohnung)</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung</source>
        <comment>sections.landlord.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ev sahibi onay belgesi (Wohnungsgeber­bestätigung)</translation>
    </message>
    <message>
        <source>Name des Wohnungsgebers</source>
        <comment>fields.landlord_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ev sahibinin adı</translation>
    </message>
    <message>
        <source>Der Wohnungsgeber ist Eigentümer</source>
        <comment>fields.landlord_is_owner.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ev sahibi mülkün sahibidir</translation>
    </message>
    <message>
        <source>Name des Eigentümers</source>
        <comment>fields.owner_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mülk sahibinin adı</translation>
    </message>
    <message>
        <source>Datum der Bestätigung</source>
        <comment>fields.confirmation_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Onay tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.confirmation_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Bisherige Anschrift</source>
        <comment>sections.previous.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Önceki adres</translation>
    </message>
    <message>
        <source>Zuzug aus dem Ausland</source>
        <comment>fields.previous_abroad.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yurt dışından taşınma</translation>
    </message>
    <message>
        <source>Staat</source>
        <comment>fields.previous_country.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <comment>fields.previous_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak ve kapı numarası</translation>
    </message>
    <message>
        <source>Postleitzahl und Ort</source>
        <comment>fields.previous_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu ve yerleşim yeri</translation>
    </message>
    <message>
        <source>Familienangehörige</source>
        <comment>sections.family.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Aile üyeleri</translation>
    </message>
    <message>
        <source>Mitziehende Familienangehörige</source>
        <comment>fields.family_members.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sizinle taşınan aile üyeleri</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_members.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.family_members.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ad(lar)</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.family_members.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.family_members.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>GG.AA.YYYY biçiminde, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.family_members.relation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yakınlık</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.family_members.relation.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Eş / kayıtlı hayat arkadaşı</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.family_members.relation.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çocuk</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.family_members.relation.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başka kişi</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sorular için, isteğe bağlı.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Telefon numarası</translation>
    </message>
</context>
</TS>
