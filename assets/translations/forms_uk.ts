<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="de">
<context>
    <name>form:aufenthaltsbescheinigung</name>
    <message>
        <source>Aufenthaltsbescheinigung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Довідка про проживання (Aufenthaltsbescheinigung)</translation>
    </message>
    <message>
        <source>Bescheinigung, seit wann Sie in dieser Stadt wohnen, z. B. für ausländische Behörden, Renten- oder Steuerstellen.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Довідка про те, відколи Ви проживаєте в цьому місті, наприклад для іноземних органів влади, пенсійних або податкових установ.</translation>
    </message>
    <message>
        <source>Seit wann Sie in dieser Stadt wohnen.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Відколи Ви проживаєте в цьому місті.</translation>
    </message>
    <message>
        <source>§ 18 BMG in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 BMG у поєднанні з положенням міста про адміністративні збори (Verwaltungsgebührenordnung)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Як у посвідченні особи (Personalausweis) або паспорті.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Усі імена, як у посвідченні особи або паспорті.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заповнюйте, лише якщо воно відрізняється від прізвища.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Громадянство (громадянства)</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поточна адреса в цьому місті</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Відомості про довідку</translation>
    </message>
    <message>
        <source>Wohnhaft in der Stadt seit</source>
        <comment>fields.residence_since.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Проживання в місті з</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.residence_since.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Vorlage in welchem Staat</source>
        <comment>fields.recipient_country.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для подання в якій державі</translation>
    </message>
    <message>
        <source>Sprache der Bescheinigung</source>
        <comment>fields.language_of_certificate.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Мова довідки</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <comment>fields.language_of_certificate.options.de.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Німецька</translation>
    </message>
    <message>
        <source>Deutsch und Englisch</source>
        <comment>fields.language_of_certificate.options.en.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Німецька та англійська</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Кількість примірників</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скільки однакових примірників Вам потрібно (від 1 до 5).</translation>
    </message>
    <message>
        <source>Das Geburtsdatum muss vor dem Zuzugsdatum liegen.</source>
        <comment>checks.born-before-residence.message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження має бути раніше за дату переїзду.</translation>
    </message>
</context>
<context>
    <name>form:bewohnerparkausweis</name>
    <message>
        <source>Bewohnerparkausweis</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дозвіл на паркування для мешканців (Bewohnerparkausweis)</translation>
    </message>
    <message>
        <source>Parkausweis für Bewohnerinnen und Bewohner einer Parkzone (§ 45 Abs. 1b StVO). Das Fahrzeug muss auf Sie zugelassen sein oder Ihnen dauerhaft zur Verfügung stehen.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дозвіл на паркування для мешканців паркувальної зони (§ 45 абз. 1b StVO). Транспортний засіб має бути зареєстрований на Вас або постійно перебувати у Вашому розпорядженні.</translation>
    </message>
    <message>
        <source>Für Ihr Fahrzeug in Ihrer Parkzone.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для Вашого авто у Вашій паркувальній зоні.</translation>
    </message>
    <message>
        <source>Gebührenordnung für Bewohnerparkausweise der Stadt (§ 6a Abs. 5a StVG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Положення міста про збори за дозволи на паркування для мешканців (§ 6a абз. 5a StVG)</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bürgergeld або соціальна допомога (підтвердження у віконці)</translation>
    </message>
    <message>
        <source>Schwerbehindertenausweis mit Merkzeichen G oder aG</source>
        <comment>fee.exemptions.disability.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>посвідчення особи з інвалідністю (Schwerbehindertenausweis), G/aG</translation>
    </message>
    <message>
        <source>Stadt Musterstadt, Stadtkasse</source>
        <comment>fee.sepa_mandate.creditor_name</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Stadt Musterstadt, Stadtkasse</translation>
    </message>
    <message>
        <source>Ich ermächtige die Stadt Musterstadt, die Gebühr für diesen Bewohnerparkausweis von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Musterstadt auf mein Konto gezogene Lastschrift einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.</source>
        <comment>fee.sepa_mandate.text</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Я уповноважую місто Musterstadt стягнути збір за цей дозвіл на паркування для мешканців із мого рахунку шляхом прямого дебетування. Водночас я доручаю своїй кредитній установі виконати пряме дебетування, ініційоване містом Musterstadt з мого рахунку. Примітка: протягом восьми тижнів від дати списання я можу вимагати повернення списаної суми. При цьому діють умови, узгоджені з моєю кредитною установою.</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Як у посвідченні особи (Personalausweis) або паспорті.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Усі імена, як у посвідченні особи або паспорті.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заповнюйте, лише якщо воно відрізняється від прізвища.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поточна адреса в цьому місті</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Fahrzeug und Zone</source>
        <comment>sections.vehicle.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Транспортний засіб і зона</translation>
    </message>
    <message>
        <source>Amtliches Kennzeichen</source>
        <comment>fields.registration_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номерний знак (Kennzeichen)</translation>
    </message>
    <message>
        <source>Zum Beispiel MZ-AB 123.</source>
        <comment>fields.registration_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад MZ-AB 123.</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Kennzeichen wie auf dem Schild ein, z. B. MZ-AB 123.</source>
        <comment>fields.registration_number.pattern_message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть номерний знак так, як на табличці, наприклад MZ-AB 123.</translation>
    </message>
    <message>
        <source>Das Fahrzeug ist</source>
        <comment>fields.vehicle_holder.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Транспортний засіб</translation>
    </message>
    <message>
        <source>auf mich zugelassen</source>
        <comment>fields.vehicle_holder.options.own.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>зареєстрований на мене</translation>
    </message>
    <message>
        <source>ein Firmenwagen zu meiner Nutzung</source>
        <comment>fields.vehicle_holder.options.company.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>службове авто в моєму користуванні</translation>
    </message>
    <message>
        <source>geleast oder gemietet</source>
        <comment>fields.vehicle_holder.options.leased.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>у лізингу або орендований</translation>
    </message>
    <message>
        <source>Kopie der Zulassungsbescheinigung Teil I</source>
        <comment>fields.registration_certificate.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Копія свідоцтва про реєстрацію ТЗ, частина I (Zulassungsbescheinigung Teil I)</translation>
    </message>
    <message>
        <source>Freiwillig. Legen Sie den Fahrzeugschein auf den Scanner und scannen Sie die Vorderseite. Ohne Kopie legen Sie ihn bitte am Schalter vor.</source>
        <comment>fields.registration_certificate.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Необов’язково. Покладіть техпаспорт (Fahrzeugschein) на сканер і відскануйте лицьовий бік. Якщо без копії — будь ласка, покажіть його у віконці.</translation>
    </message>
    <message>
        <source>Parkzone</source>
        <comment>fields.zone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Паркувальна зона</translation>
    </message>
    <message>
        <source>Zone A – Altstadt</source>
        <comment>fields.zone.options.A.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зона A – Altstadt (Старе місто)</translation>
    </message>
    <message>
        <source>Zone B – Neustadt</source>
        <comment>fields.zone.options.B.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зона B – Neustadt (Нове місто)</translation>
    </message>
    <message>
        <source>Zone C – Bahnhof</source>
        <comment>fields.zone.options.C.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зона C – Bahnhof (вокзал)</translation>
    </message>
    <message>
        <source>Zone D – Hafen</source>
        <comment>fields.zone.options.D.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зона D – Hafen (порт)</translation>
    </message>
    <message>
        <source>Gültigkeit</source>
        <comment>fields.duration_months.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Строк дії</translation>
    </message>
    <message>
        <source>6 Monate</source>
        <comment>fields.duration_months.options.6.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>6 місяців</translation>
    </message>
    <message>
        <source>12 Monate</source>
        <comment>fields.duration_months.options.12.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>12 місяців</translation>
    </message>
    <message>
        <source>24 Monate</source>
        <comment>fields.duration_months.options.24.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>24 місяці</translation>
    </message>
    <message>
        <source>Gebührenermäßigung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прошу про знижку збору</translation>
    </message>
    <message>
        <source>IBAN für den Einzug der Gebühr</source>
        <comment>fields.iban.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>IBAN для списання збору</translation>
    </message>
    <message>
        <source>Freiwillig; ohne IBAN erhalten Sie eine Rechnung.</source>
        <comment>fields.iban.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Необов’язково; без IBAN Ви отримаєте рахунок.</translation>
    </message>
</context>
<context>
    <name>form:fuehrungszeugnis</name>
    <message>
        <source>Antrag auf ein Führungszeugnis</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заява на довідку про несудимість (Führungszeugnis)</translation>
    </message>
    <message>
        <source>Antrag auf ein Führungszeugnis aus dem Bundeszentralregister (§ 30 BZRG). Das Zeugnis schickt Ihnen das Bundesamt für Justiz oder direkt an die Behörde.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заява на довідку про несудимість із Федерального центрального реєстру (Bundeszentralregister, § 30 BZRG). Довідку надсилає Федеральне відомство юстиції (Bundesamt für Justiz) Вам або безпосередньо до органу влади.</translation>
    </message>
    <message>
        <source>Privat oder zur Vorlage bei einer Behörde, auch erweitert.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для особистих цілей або для органу влади, також розширена.</translation>
    </message>
    <message>
        <source>§ 2 Justizverwaltungskostengesetz (JVKostG) mit Nr. 1130 der Anlage</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 2 Закону про витрати органів юстиції (JVKostG) з п. 1130 додатка</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bürgergeld або соціальна допомога (підтвердження у віконці)</translation>
    </message>
    <message>
        <source>Ehrenamtliche Tätigkeit (Bestätigung der Einrichtung)</source>
        <comment>fee.exemptions.volunteer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>волонтерська діяльність (підтвердження від організації)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Як у посвідченні особи (Personalausweis) або паспорті.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Усі імена, як у посвідченні особи або паспорті.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заповнюйте, лише якщо воно відрізняється від прізвища.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Громадянство (громадянства)</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поточна адреса в цьому місті</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Art des Führungszeugnisses</source>
        <comment>sections.certificate.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вид довідки про несудимість</translation>
    </message>
    <message>
        <source>Belegart</source>
        <comment>fields.kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вид довідки (Belegart)</translation>
    </message>
    <message>
        <source>Das erweiterte Führungszeugnis (§ 30a BZRG) brauchen Sie für Arbeit mit Kindern und Jugendlichen; bitte legen Sie die Aufforderung am Schalter vor.</source>
        <comment>fields.kind.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Розширена довідка про несудимість (§ 30a BZRG) потрібна для роботи з дітьми та молоддю; будь ласка, покажіть вимогу (Aufforderung) у віконці.</translation>
    </message>
    <message>
        <source>Privatführungszeugnis (Belegart N)</source>
        <comment>fields.kind.options.N.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Довідка для особистих цілей (Belegart N)</translation>
    </message>
    <message>
        <source>Zur Vorlage bei einer Behörde (Belegart O)</source>
        <comment>fields.kind.options.O.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для подання до органу влади (Belegart O)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis, privat (Belegart NE)</source>
        <comment>fields.kind.options.NE.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Розширена довідка, для особистих цілей (Belegart NE)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis für eine Behörde (Belegart OE)</source>
        <comment>fields.kind.options.OE.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Розширена довідка для органу влади (Belegart OE)</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose_text.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Мета використання</translation>
    </message>
    <message>
        <source>Zum Beispiel: Bewerbung als Erzieherin, Waffenschein.</source>
        <comment>fields.purpose_text.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад: подання на посаду вихователя, дозвіл на зброю.</translation>
    </message>
    <message>
        <source>Gebührenbefreiung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прошу про звільнення від збору</translation>
    </message>
    <message>
        <source>Bei Ehrenamt oder geringem Einkommen; Nachweis am Schalter.</source>
        <comment>fields.fee_exempt.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У разі волонтерства або низького доходу; підтвердження у віконці.</translation>
    </message>
    <message>
        <source>Empfangende Behörde und Kontakt</source>
        <comment>sections.authority.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Орган-одержувач і контакти</translation>
    </message>
    <message>
        <source>Behörde</source>
        <comment>fields.authority_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Орган влади</translation>
    </message>
    <message>
        <source>Aktenzeichen der Behörde</source>
        <comment>fields.authority_reference.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер справи в органі (Aktenzeichen)</translation>
    </message>
    <message>
        <source>Anschrift der Behörde</source>
        <comment>fields.authority_address.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Адреса органу влади</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для уточнень, необов’язково.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер телефону</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-einfach</name>
    <message>
        <source>Meldebescheinigung (einfach)</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Довідка про реєстрацію (Meldebescheinigung), проста</translation>
    </message>
    <message>
        <source>Bescheinigung über Ihre aktuelle Anschrift in dieser Stadt, zum Beispiel für Arbeitgeber, Behörden oder Vermieter. Sie enthält Ihren Namen, Ihr Geburtsdatum und Ihre Anschrift.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Довідка про Вашу поточну адресу в цьому місті, наприклад для роботодавця, органів влади або орендодавця. Вона містить Ваше ім’я, дату народження та адресу.</translation>
    </message>
    <message>
        <source>Bestätigt Ihre aktuelle Anschrift, z. B. für Arbeitgeber oder Vermieter.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підтверджує Вашу поточну адресу, напр. для роботодавця чи орендодавця.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 абз. 1 Федерального закону про реєстрацію (BMG) у поєднанні з положенням міста про адміністративні збори</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Як у посвідченні особи (Personalausweis) або паспорті.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Усі імена, як у посвідченні особи або паспорті.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заповнюйте, лише якщо воно відрізняється від прізвища.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поточна адреса в цьому місті</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Відомості про довідку</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Мета використання</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для роботодавця</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для органу влади</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для орендодавця</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Інша мета</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Кількість примірників</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Bescheinigungen Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скільки однакових довідок Вам потрібно (від 1 до 5).</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-erweitert</name>
    <message>
        <source>Meldebescheinigung (erweitert)</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Довідка про реєстрацію (Meldebescheinigung), розширена</translation>
    </message>
    <message>
        <source>Bescheinigung mit weiteren Daten aus dem Melderegister, z. B. früheren Anschriften, Familienstand oder Staatsangehörigkeit. Sie bekommen nur Ihre eigenen Daten.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Довідка з додатковими даними з реєстру населення (Melderegister), напр. попередніми адресами, сімейним станом або громадянством. Ви отримуєте лише власні дані.</translation>
    </message>
    <message>
        <source>Mit früheren Anschriften, Familienstand oder Staatsangehörigkeit.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>З попередніми адресами, сімейним станом або громадянством.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 абз. 1 Федерального закону про реєстрацію (BMG) у поєднанні з положенням міста про адміністративні збори</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Як у посвідченні особи (Personalausweis) або паспорті.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Усі імена, як у посвідченні особи або паспорті.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заповнюйте, лише якщо воно відрізняється від прізвища.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поточна адреса в цьому місті</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Відомості про довідку</translation>
    </message>
    <message>
        <source>Zusätzlich aufnehmen</source>
        <comment>fields.contents.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Додатково вказати</translation>
    </message>
    <message>
        <source>Wählen Sie alles aus, was auf der Bescheinigung stehen soll.</source>
        <comment>fields.contents.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Виберіть усе, що має бути зазначено в довідці.</translation>
    </message>
    <message>
        <source>Frühere Anschriften</source>
        <comment>fields.contents.options.former_addresses.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Попередні адреси</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.contents.options.marital_status.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сімейний стан</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.contents.options.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Громадянство (громадянства)</translation>
    </message>
    <message>
        <source>Zugehörigkeit zu einer Religionsgesellschaft</source>
        <comment>fields.contents.options.religion.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Належність до релігійної громади</translation>
    </message>
    <message>
        <source>Im Haushalt gemeldete Personen</source>
        <comment>fields.contents.options.household.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особи, зареєстровані в домогосподарстві</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.contents.options.move_in_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата заселення</translation>
    </message>
    <message>
        <source>Frühere Anschriften ab</source>
        <comment>fields.former_since.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Попередні адреси з</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.former_since.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Мета використання</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для роботодавця</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для органу влади</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для орендодавця</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Інша мета</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Кількість примірників</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скільки однакових примірників Вам потрібно (від 1 до 5).</translation>
    </message>
</context>
<context>
    <name>form:uebermittlungssperre</name>
    <message>
        <source>Übermittlungssperre / Auskunftssperre</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заборона передачі даних (Übermittlungssperre) / блокування довідок (Auskunftssperre)</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Weitergabe Ihrer Meldedaten nach dem Bundesmeldegesetz. Eine Auskunftssperre (§ 51 BMG) gibt es nur bei einer Gefahr für Leib und Leben; sie wird am Schalter geprüft.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заперечення проти передачі Ваших реєстраційних даних згідно з Федеральним законом про реєстрацію (BMG). Блокування довідок (Auskunftssperre, § 51 BMG) можливе лише в разі загрози життю та здоров’ю; це перевіряють у віконці.</translation>
    </message>
    <message>
        <source>Widerspruch nach §§ 36, 42, 50 BMG; Auskunftssperre nach § 51 BMG.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заперечення за §§ 36, 42, 50 BMG; блокування довідок за § 51 BMG.</translation>
    </message>
    <message>
        <source>Gebührenfrei nach § 36 Abs. 2, § 42 Abs. 3, § 50 Abs. 5 BMG</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Безкоштовно згідно з § 36 абз. 2, § 42 абз. 3, § 50 абз. 5 BMG</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Як у посвідченні особи (Personalausweis) або паспорті.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Усі імена, як у посвідченні особи або паспорті.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заповнюйте, лише якщо воно відрізняється від прізвища.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поточна адреса в цьому місті</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Widersprüche</source>
        <comment>sections.objections.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заперечення</translation>
    </message>
    <message>
        <source>Ich widerspreche der Übermittlung meiner Daten</source>
        <comment>fields.objections.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Я заперечую проти передачі моїх даних</translation>
    </message>
    <message>
        <source>an das Bundesamt für das Personalmanagement der Bundeswehr (§ 36 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg36.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Федеральному відомству з управління персоналом Бундесверу (§ 36 абз. 2 BMG)</translation>
    </message>
    <message>
        <source>an öffentlich-rechtliche Religionsgesellschaften für Familienangehörige (§ 42 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg42.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>публічно-правовим релігійним громадам щодо членів родини (§ 42 абз. 3 BMG)</translation>
    </message>
    <message>
        <source>an Parteien und Wählergruppen vor Wahlen (§ 50 Abs. 1 BMG)</source>
        <comment>fields.objections.options.bmg50_1.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>партіям і виборчим об’єднанням перед виборами (§ 50 абз. 1 BMG)</translation>
    </message>
    <message>
        <source>an Presse und Mandatsträger bei Alters- und Ehejubiläen (§ 50 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg50_2.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>пресі та обраним посадовцям з нагоди ювілеїв віку й шлюбу (§ 50 абз. 2 BMG)</translation>
    </message>
    <message>
        <source>an Adressbuchverlage (§ 50 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg50_3.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>видавцям адресних довідників (§ 50 абз. 3 BMG)</translation>
    </message>
    <message>
        <source>Auskunftssperre wegen Gefahr (§ 51 BMG) – Prüfung am Schalter</source>
        <comment>fields.objections.options.bmg51.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Блокування довідок через загрозу (§ 51 BMG) – перевірка у віконці</translation>
    </message>
    <message>
        <source>Kurze Begründung der Gefahr</source>
        <comment>fields.danger_reason.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Коротке обґрунтування загрози</translation>
    </message>
    <message>
        <source>Einzelheiten und Nachweise besprechen Sie bitte vertraulich am Schalter.</source>
        <comment>fields.danger_reason.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Подробиці та докази, будь ласка, обговоріть конфіденційно у віконці.</translation>
    </message>
    <message>
        <source>Für alle Personen meines Haushalts</source>
        <comment>fields.household.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для всіх осіб мого домогосподарства</translation>
    </message>
</context>
<context>
    <name>form:ummeldung</name>
    <message>
        <source>Ummeldung innerhalb der Stadt</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перереєстрація в межах міста (Ummeldung)</translation>
    </message>
    <message>
        <source>Anmeldung einer neuen Wohnung in derselben Stadt (§ 17 BMG). Bitte halten Sie die Wohnungsgeberbestätigung bereit.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Реєстрація нового житла в тому самому місті (§ 17 BMG). Будь ласка, підготуйте підтвердження надавача житла (Wohnungsgeber­bestätigung).</translation>
    </message>
    <message>
        <source>Neue Anschrift, Umzugsdatum und mitziehende Personen.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Нова адреса, дата переїзду та особи, які переїжджають разом із Вами.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Безкоштовно (§ 17 BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Як у посвідченні особи (Personalausweis) або паспорті.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Усі імена, як у посвідченні особи або паспорті.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заповнюйте, лише якщо воно відрізняється від прізвища.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Bisherige Anschrift in dieser Stadt</source>
        <comment>sections.old_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Попередня адреса в цьому місті</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.old_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.old_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.old_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.old_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.old_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Neue Anschrift</source>
        <comment>sections.new_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Нова адреса</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Stockwerk, Wohnungsnummer</source>
        <comment>fields.new_floor.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поверх, номер квартири</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата заселення</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зареєструватися можна не раніше ніж за 14 днів до заселення (§ 17 BMG).</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung liegt vor</source>
        <comment>fields.landlord_confirmation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Маю підтвердження надавача житла (Wohnungsgeber­bestätigung)</translation>
    </message>
    <message>
        <source>Pflicht nach § 19 BMG; legen Sie sie am Schalter vor oder senden Sie sie nach.</source>
        <comment>fields.landlord_confirmation.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Обов’язкове згідно з § 19 BMG; покажіть його у віконці або надішліть пізніше.</translation>
    </message>
    <message>
        <source>Mitziehende Personen</source>
        <comment>sections.persons.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особи, які переїжджають разом із Вами</translation>
    </message>
    <message>
        <source>Personen, die mit Ihnen umziehen</source>
        <comment>fields.persons_moving.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особи, які переїжджають разом із Вами</translation>
    </message>
    <message>
        <source>Nur Personen, die mit Ihnen in die neue Wohnung ziehen.</source>
        <comment>fields.persons_moving.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Лише особи, які разом із Вами переїжджають у нове житло.</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.persons_moving.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.persons_moving.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.persons_moving.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.persons_moving.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.persons_moving.relation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ким Вам доводиться</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.persons_moving.relation.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Чоловік / дружина / партнер</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.persons_moving.relation.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.persons_moving.relation.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Інша особа</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для уточнень, необов’язково.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер телефону</translation>
    </message>
</context>
<context>
    <name>form:urkundenbestellung</name>
    <message>
        <source>Urkundenbestellung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Замовлення свідоцтва (Urkundenbestellung)</translation>
    </message>
    <message>
        <source>Bestellung einer Geburts-, Ehe- oder Sterbeurkunde aus einem Personenstandsregister dieser Stadt (§ 62 PStG).</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Замовлення свідоцтва про народження, шлюб або смерть із реєстру актів цивільного стану цього міста (§ 62 PStG).</translation>
    </message>
    <message>
        <source>Geburts-, Ehe- oder Sterbeurkunde.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свідоцтво про народження, шлюб або смерть.</translation>
    </message>
    <message>
        <source>§ 2 Gebührenverordnung zum Personenstandsgesetz des Landes; jede weitere Ausfertigung 6,00 EUR</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 2 Постанови землі про збори до Закону про цивільний стан; кожен додатковий примірник 6,00 EUR</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Як у посвідченні особи (Personalausweis) або паспорті.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Усі імена, як у посвідченні особи або паспорті.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заповнюйте, лише якщо воно відрізняється від прізвища.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поточна адреса в цьому місті</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Welche Urkunde</source>
        <comment>sections.certificate.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Яке свідоцтво</translation>
    </message>
    <message>
        <source>Urkunde</source>
        <comment>fields.certificate_kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свідоцтво</translation>
    </message>
    <message>
        <source>Geburtsurkunde</source>
        <comment>fields.certificate_kind.options.birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свідоцтво про народження (Geburtsurkunde)</translation>
    </message>
    <message>
        <source>Eheurkunde</source>
        <comment>fields.certificate_kind.options.marriage.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свідоцтво про шлюб (Eheurkunde)</translation>
    </message>
    <message>
        <source>Sterbeurkunde</source>
        <comment>fields.certificate_kind.options.death.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свідоцтво про смерть (Sterbeurkunde)</translation>
    </message>
    <message>
        <source>Internationale (mehrsprachige) Urkunde</source>
        <comment>fields.international.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Міжнародне (багатомовне) свідоцтво</translation>
    </message>
    <message>
        <source>Die Urkunde betrifft mich selbst</source>
        <comment>fields.subject_is_applicant.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свідоцтво стосується мене</translation>
    </message>
    <message>
        <source>Name der Person in der Urkunde</source>
        <comment>fields.subject_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я особи у свідоцтві</translation>
    </message>
    <message>
        <source>Ihr Verhältnis zu dieser Person</source>
        <comment>fields.relationship.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ким Вам доводиться ця особа</translation>
    </message>
    <message>
        <source>Nach § 62 PStG erhalten nur Berechtigte eine Urkunde.</source>
        <comment>fields.relationship.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Згідно з § 62 PStG свідоцтво отримують лише особи, які мають на це право.</translation>
    </message>
    <message>
        <source>Ehegatte</source>
        <comment>fields.relationship.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Чоловік / дружина</translation>
    </message>
    <message>
        <source>Elternteil</source>
        <comment>fields.relationship.options.parent.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Батько / мати</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.relationship.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>Geschwister</source>
        <comment>fields.relationship.options.sibling.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Брат / сестра</translation>
    </message>
    <message>
        <source>Rechtliches Interesse (Nachweis erforderlich)</source>
        <comment>fields.relationship.options.legal_interest.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Правовий інтерес (потрібне підтвердження)</translation>
    </message>
    <message>
        <source>Datum des Ereignisses</source>
        <comment>fields.event_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата події</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.event_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Ort des Ereignisses</source>
        <comment>fields.event_place.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце події</translation>
    </message>
    <message>
        <source>Registernummer</source>
        <comment>fields.register_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>Falls bekannt, z. B. G 123/1985.</source>
        <comment>fields.register_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Якщо відомо, напр. G 123/1985.</translation>
    </message>
    <message>
        <source>Bitte wie G 123/1985 eingeben.</source>
        <comment>fields.register_number.pattern_message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть у форматі G 123/1985.</translation>
    </message>
    <message>
        <source>Zustellung</source>
        <comment>fields.delivery.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Per Post an meine Anschrift</source>
        <comment>fields.delivery.options.post.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштою на мою адресу</translation>
    </message>
    <message>
        <source>Abholung im Bürgerbüro</source>
        <comment>fields.delivery.options.pickup.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Отримати в Бюро громадян (Bürgerbüro)</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Кількість примірників</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 10).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скільки однакових примірників Вам потрібно (від 1 до 10).</translation>
    </message>
</context>
<context>
    <name>form:wohnsitzanmeldung</name>
    <message>
        <source>Wohnsitzanmeldung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Реєстрація місця проживання (Anmeldung)</translation>
    </message>
    <message>
        <source>Anmeldung nach Zuzug in diese Stadt (§ 17 BMG), mit den Angaben der Wohnungsgeberbestätigung (§ 19 BMG).</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Реєстрація після переїзду до цього міста (§ 17 BMG) з даними підтвердження надавача житла (Wohnungsgeber­bestätigung, § 19 BMG).</translation>
    </message>
    <message>
        <source>Nach dem Zuzug, mit den Angaben der Wohnungsgeberbestätigung.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Після переїзду, з даними підтвердження надавача житла.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Безкоштовно (§ 17 BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особисті дані</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Як у посвідченні особи (Personalausweis) або паспорті.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Усі імена, як у посвідченні особи або паспорті.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заповнюйте, лише якщо воно відрізняється від прізвища.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Громадянство (громадянства)</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.marital_status.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сімейний стан</translation>
    </message>
    <message>
        <source>ledig</source>
        <comment>fields.marital_status.options.single.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>неодружений / незаміжня</translation>
    </message>
    <message>
        <source>verheiratet</source>
        <comment>fields.marital_status.options.married.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>одружений / заміжня</translation>
    </message>
    <message>
        <source>eingetragene Lebenspartnerschaft</source>
        <comment>fields.marital_status.options.partnership.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>зареєстроване партнерство</translation>
    </message>
    <message>
        <source>geschieden</source>
        <comment>fields.marital_status.options.divorced.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>розлучений(-а)</translation>
    </message>
    <message>
        <source>verwitwet</source>
        <comment>fields.marital_status.options.widowed.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>вдівець / вдова</translation>
    </message>
    <message>
        <source>Neue Anschrift in dieser Stadt</source>
        <comment>sections.new_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Нова адреса в цьому місті</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата заселення</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зареєструватися можна не раніше ніж за 14 днів до заселення (§ 17 BMG).</translation>
    </message>
    <message>
        <source>Art der Wohnung</source>
        <comment>fields.dwelling_kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вид житла</translation>
    </message>
    <message>
        <source>Alleinige Wohnung</source>
        <comment>fields.dwelling_kind.options.sole.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Єдине житло</translation>
    </message>
    <message>
        <source>Hauptwohnung</source>
        <comment>fields.dwelling_kind.options.main.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Основне житло (Hauptwohnung)</translation>
    </message>
    <message>
        <source>Nebenwohnung</source>
        <comment>fields.dwelling_kind.options.secondary.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Додаткове житло (Nebenwohnung)</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung</source>
        <comment>sections.landlord.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підтвердження надавача житла (Wohnungsgeber­bestätigung)</translation>
    </message>
    <message>
        <source>Name des Wohnungsgebers</source>
        <comment>fields.landlord_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я / назва надавача житла</translation>
    </message>
    <message>
        <source>Der Wohnungsgeber ist Eigentümer</source>
        <comment>fields.landlord_is_owner.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Надавач житла є власником</translation>
    </message>
    <message>
        <source>Name des Eigentümers</source>
        <comment>fields.owner_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я / назва власника</translation>
    </message>
    <message>
        <source>Datum der Bestätigung</source>
        <comment>fields.confirmation_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата підтвердження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.confirmation_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Bisherige Anschrift</source>
        <comment>sections.previous.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Попередня адреса</translation>
    </message>
    <message>
        <source>Zuzug aus dem Ausland</source>
        <comment>fields.previous_abroad.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Переїзд із-за кордону</translation>
    </message>
    <message>
        <source>Staat</source>
        <comment>fields.previous_country.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Держава</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <comment>fields.previous_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця та номер будинку</translation>
    </message>
    <message>
        <source>Postleitzahl und Ort</source>
        <comment>fields.previous_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс і населений пункт</translation>
    </message>
    <message>
        <source>Familienangehörige</source>
        <comment>sections.family.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Члени родини</translation>
    </message>
    <message>
        <source>Mitziehende Familienangehörige</source>
        <comment>fields.family_members.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Члени родини, які переїжджають разом із Вами</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_members.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.family_members.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ім’я (імена)</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.family_members.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.family_members.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.family_members.relation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ким Вам доводиться</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.family_members.relation.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Чоловік / дружина / партнер</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.family_members.relation.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дитина</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.family_members.relation.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Інша особа</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Електронна пошта</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для уточнень, необов’язково.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер телефону</translation>
    </message>
</context>
</TS>
