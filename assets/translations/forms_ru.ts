<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="de">
<context>
    <name>form:aufenthaltsbescheinigung</name>
    <message>
        <source>Aufenthaltsbescheinigung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Справка о проживании (Aufenthaltsbescheinigung)</translation>
    </message>
    <message>
        <source>Bescheinigung, seit wann Sie in dieser Stadt wohnen, z. B. für ausländische Behörden, Renten- oder Steuerstellen.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Справка о том, с какого времени Вы проживаете в этом городе, например для иностранных ведомств, пенсионных или налоговых органов.</translation>
    </message>
    <message>
        <source>Seit wann Sie in dieser Stadt wohnen.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>С какого времени Вы живёте в этом городе.</translation>
    </message>
    <message>
        <source>§ 18 BMG in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 BMG в сочетании с городским положением об административных пошлинах</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Как в удостоверении личности (Personalausweis) или паспорте.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Все имена, как в удостоверении личности или паспорте.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заполните, только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Текущий адрес в этом городе</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например 12, 12a или 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сведения о справке</translation>
    </message>
    <message>
        <source>Wohnhaft in der Stadt seit</source>
        <comment>fields.residence_since.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Проживаю в городе с</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.residence_since.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Vorlage in welchem Staat</source>
        <comment>fields.recipient_country.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для какого государства</translation>
    </message>
    <message>
        <source>Sprache der Bescheinigung</source>
        <comment>fields.language_of_certificate.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Язык справки</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <comment>fields.language_of_certificate.options.de.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Немецкий</translation>
    </message>
    <message>
        <source>Deutsch und Englisch</source>
        <comment>fields.language_of_certificate.options.en.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Немецкий и английский</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Количество экземпляров</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сколько одинаковых экземпляров Вам нужно (от 1 до 5).</translation>
    </message>
    <message>
        <source>Das Geburtsdatum muss vor dem Zuzugsdatum liegen.</source>
        <comment>checks.born-before-residence.message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения должна быть раньше даты начала проживания в городе.</translation>
    </message>
</context>
<context>
    <name>form:bewohnerparkausweis</name>
    <message>
        <source>Bewohnerparkausweis</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Парковочное разрешение для жителей (Bewohnerparkausweis)</translation>
    </message>
    <message>
        <source>Parkausweis für Bewohnerinnen und Bewohner einer Parkzone (§ 45 Abs. 1b StVO). Das Fahrzeug muss auf Sie zugelassen sein oder Ihnen dauerhaft zur Verfügung stehen.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Парковочное разрешение для жителей парковочной зоны (§ 45 абз. 1b StVO). Автомобиль должен быть зарегистрирован на Вас или постоянно находиться в Вашем распоряжении.</translation>
    </message>
    <message>
        <source>Für Ihr Fahrzeug in Ihrer Parkzone.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для Вашего автомобиля в Вашей парковочной зоне.</translation>
    </message>
    <message>
        <source>Gebührenordnung für Bewohnerparkausweise der Stadt (§ 6a Abs. 5a StVG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Городское положение о пошлинах за парковочные разрешения для жителей (§ 6a абз. 5a StVG)</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bürgergeld или социальная помощь (подтверждение у стойки)</translation>
    </message>
    <message>
        <source>Schwerbehindertenausweis mit Merkzeichen G oder aG</source>
        <comment>fee.exemptions.disability.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Удостоверение инвалида (Schwerbehindertenausweis) с отметкой G/aG</translation>
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
        <translation>Я уполномочиваю город Musterstadt списать пошлину за это парковочное разрешение с моего счёта посредством прямого дебетования. Одновременно я поручаю своему банку исполнить прямое дебетование, выставленное городом Musterstadt на мой счёт. Примечание: в течение восьми недель с даты списания я могу потребовать возврата списанной суммы. При этом действуют условия, согласованные с моим банком.</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Как в удостоверении личности (Personalausweis) или паспорте.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Все имена, как в удостоверении личности или паспорте.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заполните, только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Текущий адрес в этом городе</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например 12, 12a или 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Fahrzeug und Zone</source>
        <comment>sections.vehicle.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Автомобиль и зона</translation>
    </message>
    <message>
        <source>Amtliches Kennzeichen</source>
        <comment>fields.registration_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Государственный номер (Kennzeichen)</translation>
    </message>
    <message>
        <source>Zum Beispiel MZ-AB 123.</source>
        <comment>fields.registration_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например MZ-AB 123.</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Kennzeichen wie auf dem Schild ein, z. B. MZ-AB 123.</source>
        <comment>fields.registration_number.pattern_message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Введите, пожалуйста, номер так, как на номерном знаке, например MZ-AB 123.</translation>
    </message>
    <message>
        <source>Das Fahrzeug ist</source>
        <comment>fields.vehicle_holder.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Автомобиль</translation>
    </message>
    <message>
        <source>auf mich zugelassen</source>
        <comment>fields.vehicle_holder.options.own.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>зарегистрирован на меня</translation>
    </message>
    <message>
        <source>ein Firmenwagen zu meiner Nutzung</source>
        <comment>fields.vehicle_holder.options.company.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>служебный, в моём пользовании</translation>
    </message>
    <message>
        <source>geleast oder gemietet</source>
        <comment>fields.vehicle_holder.options.leased.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>в лизинге или аренде</translation>
    </message>
    <message>
        <source>Kopie der Zulassungsbescheinigung Teil I</source>
        <comment>fields.registration_certificate.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Копия свидетельства о регистрации ТС, часть I (Zulassungsbescheinigung Teil I)</translation>
    </message>
    <message>
        <source>Freiwillig. Legen Sie den Fahrzeugschein auf den Scanner und scannen Sie die Vorderseite. Ohne Kopie legen Sie ihn bitte am Schalter vor.</source>
        <comment>fields.registration_certificate.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Необязательно. Положите свидетельство о регистрации (Fahrzeugschein) на сканер и отсканируйте лицевую сторону. Без копии предъявите его, пожалуйста, у стойки.</translation>
    </message>
    <message>
        <source>Parkzone</source>
        <comment>fields.zone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Парковочная зона</translation>
    </message>
    <message>
        <source>Zone A – Altstadt</source>
        <comment>fields.zone.options.A.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зона A – Altstadt (Старый город)</translation>
    </message>
    <message>
        <source>Zone B – Neustadt</source>
        <comment>fields.zone.options.B.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зона B – Neustadt (Новый город)</translation>
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
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>6 Monate</source>
        <comment>fields.duration_months.options.6.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>6 месяцев</translation>
    </message>
    <message>
        <source>12 Monate</source>
        <comment>fields.duration_months.options.12.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>12 месяцев</translation>
    </message>
    <message>
        <source>24 Monate</source>
        <comment>fields.duration_months.options.24.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>24 месяца</translation>
    </message>
    <message>
        <source>Gebührenermäßigung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Запрошено снижение пошлины</translation>
    </message>
    <message>
        <source>IBAN für den Einzug der Gebühr</source>
        <comment>fields.iban.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>IBAN для списания пошлины</translation>
    </message>
    <message>
        <source>Freiwillig; ohne IBAN erhalten Sie eine Rechnung.</source>
        <comment>fields.iban.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Необязательно; без IBAN Вы получите счёт.</translation>
    </message>
</context>
<context>
    <name>form:fuehrungszeugnis</name>
    <message>
        <source>Antrag auf ein Führungszeugnis</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заявление на справку о несудимости (Führungszeugnis)</translation>
    </message>
    <message>
        <source>Antrag auf ein Führungszeugnis aus dem Bundeszentralregister (§ 30 BZRG). Das Zeugnis schickt Ihnen das Bundesamt für Justiz oder direkt an die Behörde.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заявление на справку о несудимости из Федерального центрального реестра (Bundeszentralregister, § 30 BZRG). Справку Федеральное ведомство юстиции (Bundesamt für Justiz) высылает Вам или напрямую в ведомство.</translation>
    </message>
    <message>
        <source>Privat oder zur Vorlage bei einer Behörde, auch erweitert.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для личных целей или для ведомства, также расширенная.</translation>
    </message>
    <message>
        <source>§ 2 Justizverwaltungskostengesetz (JVKostG) mit Nr. 1130 der Anlage</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 2 Закона о расходах юстиции (JVKostG) с п. 1130 приложения</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bürgergeld или социальная помощь (подтверждение у стойки)</translation>
    </message>
    <message>
        <source>Ehrenamtliche Tätigkeit (Bestätigung der Einrichtung)</source>
        <comment>fee.exemptions.volunteer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Волонтёрская деятельность (подтверждение организации)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Как в удостоверении личности (Personalausweis) или паспорте.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Все имена, как в удостоверении личности или паспорте.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заполните, только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Текущий адрес в этом городе</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например 12, 12a или 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Art des Führungszeugnisses</source>
        <comment>sections.certificate.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вид справки о несудимости</translation>
    </message>
    <message>
        <source>Belegart</source>
        <comment>fields.kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вид справки (Belegart)</translation>
    </message>
    <message>
        <source>Das erweiterte Führungszeugnis (§ 30a BZRG) brauchen Sie für Arbeit mit Kindern und Jugendlichen; bitte legen Sie die Aufforderung am Schalter vor.</source>
        <comment>fields.kind.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Расширенная справка о несудимости (§ 30a BZRG) нужна для работы с детьми и подростками; предъявите, пожалуйста, запрос работодателя у стойки.</translation>
    </message>
    <message>
        <source>Privatführungszeugnis (Belegart N)</source>
        <comment>fields.kind.options.N.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для личных целей (Belegart N)</translation>
    </message>
    <message>
        <source>Zur Vorlage bei einer Behörde (Belegart O)</source>
        <comment>fields.kind.options.O.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для предъявления в ведомство (Belegart O)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis, privat (Belegart NE)</source>
        <comment>fields.kind.options.NE.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Расширенная, для личных целей (Belegart NE)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis für eine Behörde (Belegart OE)</source>
        <comment>fields.kind.options.OE.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Расширенная, для ведомства (Belegart OE)</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose_text.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цель использования</translation>
    </message>
    <message>
        <source>Zum Beispiel: Bewerbung als Erzieherin, Waffenschein.</source>
        <comment>fields.purpose_text.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например: трудоустройство воспитателем, разрешение на оружие.</translation>
    </message>
    <message>
        <source>Gebührenbefreiung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Запрошено освобождение от пошлины</translation>
    </message>
    <message>
        <source>Bei Ehrenamt oder geringem Einkommen; Nachweis am Schalter.</source>
        <comment>fields.fee_exempt.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>При волонтёрской деятельности или низком доходе; подтверждение у стойки.</translation>
    </message>
    <message>
        <source>Empfangende Behörde und Kontakt</source>
        <comment>sections.authority.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ведомство-получатель и контакты</translation>
    </message>
    <message>
        <source>Behörde</source>
        <comment>fields.authority_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ведомство</translation>
    </message>
    <message>
        <source>Aktenzeichen der Behörde</source>
        <comment>fields.authority_reference.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дела в ведомстве (Aktenzeichen)</translation>
    </message>
    <message>
        <source>Anschrift der Behörde</source>
        <comment>fields.authority_address.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Адрес ведомства</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для уточняющих вопросов, необязательно.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер телефона</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-einfach</name>
    <message>
        <source>Meldebescheinigung (einfach)</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Простая справка о регистрации (Meldebescheinigung)</translation>
    </message>
    <message>
        <source>Bescheinigung über Ihre aktuelle Anschrift in dieser Stadt, zum Beispiel für Arbeitgeber, Behörden oder Vermieter. Sie enthält Ihren Namen, Ihr Geburtsdatum und Ihre Anschrift.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Справка о Вашем текущем адресе в этом городе, например для работодателя, ведомств или арендодателя. Содержит Ваше имя, дату рождения и адрес.</translation>
    </message>
    <message>
        <source>Bestätigt Ihre aktuelle Anschrift, z. B. für Arbeitgeber oder Vermieter.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Подтверждает Ваш текущий адрес, например для работодателя или арендодателя.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 абз. 1 Федерального закона о регистрации (Bundesmeldegesetz, BMG) в сочетании с городским положением об административных пошлинах</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Как в удостоверении личности (Personalausweis) или паспорте.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Все имена, как в удостоверении личности или паспорте.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заполните, только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Текущий адрес в этом городе</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например 12, 12a или 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сведения о справке</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цель использования</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для работодателя</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для ведомства</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для арендодателя</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Другая цель</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Количество экземпляров</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Bescheinigungen Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сколько одинаковых справок Вам нужно (от 1 до 5).</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-erweitert</name>
    <message>
        <source>Meldebescheinigung (erweitert)</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Расширенная справка о регистрации (Meldebescheinigung)</translation>
    </message>
    <message>
        <source>Bescheinigung mit weiteren Daten aus dem Melderegister, z. B. früheren Anschriften, Familienstand oder Staatsangehörigkeit. Sie bekommen nur Ihre eigenen Daten.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Справка с дополнительными данными из регистрационного реестра (Melderegister), например прежними адресами, семейным положением или гражданством. Вы получаете только свои собственные данные.</translation>
    </message>
    <message>
        <source>Mit früheren Anschriften, Familienstand oder Staatsangehörigkeit.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>С прежними адресами, семейным положением или гражданством.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 18 абз. 1 Федерального закона о регистрации (Bundesmeldegesetz, BMG) в сочетании с городским положением об административных пошлинах</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Как в удостоверении личности (Personalausweis) или паспорте.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Все имена, как в удостоверении личности или паспорте.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заполните, только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Текущий адрес в этом городе</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например 12, 12a или 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сведения о справке</translation>
    </message>
    <message>
        <source>Zusätzlich aufnehmen</source>
        <comment>fields.contents.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дополнительно указать</translation>
    </message>
    <message>
        <source>Wählen Sie alles aus, was auf der Bescheinigung stehen soll.</source>
        <comment>fields.contents.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Выберите всё, что должно быть указано в справке.</translation>
    </message>
    <message>
        <source>Frühere Anschriften</source>
        <comment>fields.contents.options.former_addresses.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прежние адреса</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.contents.options.marital_status.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.contents.options.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Zugehörigkeit zu einer Religionsgesellschaft</source>
        <comment>fields.contents.options.religion.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Принадлежность к религиозной общине</translation>
    </message>
    <message>
        <source>Im Haushalt gemeldete Personen</source>
        <comment>fields.contents.options.household.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Лица, зарегистрированные в домохозяйстве</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.contents.options.move_in_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата заселения</translation>
    </message>
    <message>
        <source>Frühere Anschriften ab</source>
        <comment>fields.former_since.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прежние адреса начиная с</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.former_since.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цель использования</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для работодателя</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для ведомства</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для арендодателя</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Другая цель</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Количество экземпляров</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сколько одинаковых экземпляров Вам нужно (от 1 до 5).</translation>
    </message>
</context>
<context>
    <name>form:uebermittlungssperre</name>
    <message>
        <source>Übermittlungssperre / Auskunftssperre</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Запрет передачи / выдачи данных (Übermittlungssperre / Auskunftssperre)</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Weitergabe Ihrer Meldedaten nach dem Bundesmeldegesetz. Eine Auskunftssperre (§ 51 BMG) gibt es nur bei einer Gefahr für Leib und Leben; sie wird am Schalter geprüft.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Возражение против передачи Ваших регистрационных данных согласно Федеральному закону о регистрации (BMG). Запрет на выдачу сведений (Auskunftssperre, § 51 BMG) устанавливается только при угрозе жизни и здоровью; он проверяется у стойки.</translation>
    </message>
    <message>
        <source>Widerspruch nach §§ 36, 42, 50 BMG; Auskunftssperre nach § 51 BMG.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Возражение по §§ 36, 42, 50 BMG; запрет на выдачу сведений по § 51 BMG.</translation>
    </message>
    <message>
        <source>Gebührenfrei nach § 36 Abs. 2, § 42 Abs. 3, § 50 Abs. 5 BMG</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Бесплатно согласно § 36 абз. 2, § 42 абз. 3, § 50 абз. 5 BMG</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Как в удостоверении личности (Personalausweis) или паспорте.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Все имена, как в удостоверении личности или паспорте.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заполните, только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Текущий адрес в этом городе</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например 12, 12a или 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Widersprüche</source>
        <comment>sections.objections.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Возражения</translation>
    </message>
    <message>
        <source>Ich widerspreche der Übermittlung meiner Daten</source>
        <comment>fields.objections.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Я возражаю против передачи моих данных</translation>
    </message>
    <message>
        <source>an das Bundesamt für das Personalmanagement der Bundeswehr (§ 36 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg36.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Федеральному ведомству по кадрам бундесвера (§ 36 абз. 2 BMG)</translation>
    </message>
    <message>
        <source>an öffentlich-rechtliche Religionsgesellschaften für Familienangehörige (§ 42 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg42.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>публично-правовым религиозным общинам о членах семьи (§ 42 абз. 3 BMG)</translation>
    </message>
    <message>
        <source>an Parteien und Wählergruppen vor Wahlen (§ 50 Abs. 1 BMG)</source>
        <comment>fields.objections.options.bmg50_1.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>партиям и избирательным объединениям перед выборами (§ 50 абз. 1 BMG)</translation>
    </message>
    <message>
        <source>an Presse und Mandatsträger bei Alters- und Ehejubiläen (§ 50 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg50_2.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>прессе и депутатам о юбилеях (дни рождения, годовщины свадьбы) (§ 50 абз. 2 BMG)</translation>
    </message>
    <message>
        <source>an Adressbuchverlage (§ 50 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg50_3.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>издательствам адресных справочников (§ 50 абз. 3 BMG)</translation>
    </message>
    <message>
        <source>Auskunftssperre wegen Gefahr (§ 51 BMG) – Prüfung am Schalter</source>
        <comment>fields.objections.options.bmg51.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Запрет на выдачу сведений из-за угрозы (§ 51 BMG) – проверка у стойки</translation>
    </message>
    <message>
        <source>Kurze Begründung der Gefahr</source>
        <comment>fields.danger_reason.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Краткое обоснование угрозы</translation>
    </message>
    <message>
        <source>Einzelheiten und Nachweise besprechen Sie bitte vertraulich am Schalter.</source>
        <comment>fields.danger_reason.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Подробности и доказательства обсудите, пожалуйста, конфиденциально у стойки.</translation>
    </message>
    <message>
        <source>Für alle Personen meines Haushalts</source>
        <comment>fields.household.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для всех лиц моего домохозяйства</translation>
    </message>
</context>
<context>
    <name>form:ummeldung</name>
    <message>
        <source>Ummeldung innerhalb der Stadt</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перерегистрация внутри города (Ummeldung)</translation>
    </message>
    <message>
        <source>Anmeldung einer neuen Wohnung in derselben Stadt (§ 17 BMG). Bitte halten Sie die Wohnungsgeberbestätigung bereit.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Регистрация нового жилья в том же городе (§ 17 BMG). Подготовьте, пожалуйста, подтверждение арендодателя (Wohnungsgeber­bestätigung).</translation>
    </message>
    <message>
        <source>Neue Anschrift, Umzugsdatum und mitziehende Personen.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Новый адрес, дата переезда и переезжающие вместе с Вами лица.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Бесплатно (§ 17 BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Как в удостоверении личности (Personalausweis) или паспорте.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Все имена, как в удостоверении личности или паспорте.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заполните, только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Bisherige Anschrift in dieser Stadt</source>
        <comment>sections.old_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прежний адрес в этом городе</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.old_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.old_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.old_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например 12, 12a или 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.old_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.old_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Neue Anschrift</source>
        <comment>sections.new_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Новый адрес</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например 12, 12a или 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Stockwerk, Wohnungsnummer</source>
        <comment>fields.new_floor.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Этаж, номер квартиры</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата заселения</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зарегистрироваться можно не ранее чем за 14 дней до заселения (§ 17 BMG).</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung liegt vor</source>
        <comment>fields.landlord_confirmation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Подтверждение арендодателя (Wohnungsgeber­bestätigung) имеется</translation>
    </message>
    <message>
        <source>Pflicht nach § 19 BMG; legen Sie sie am Schalter vor oder senden Sie sie nach.</source>
        <comment>fields.landlord_confirmation.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Обязательно по § 19 BMG; предъявите его у стойки или отправьте позже.</translation>
    </message>
    <message>
        <source>Mitziehende Personen</source>
        <comment>sections.persons.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Переезжающие вместе лица</translation>
    </message>
    <message>
        <source>Personen, die mit Ihnen umziehen</source>
        <comment>fields.persons_moving.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Кто переезжает с Вами</translation>
    </message>
    <message>
        <source>Nur Personen, die mit Ihnen in die neue Wohnung ziehen.</source>
        <comment>fields.persons_moving.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Только лица, которые переезжают вместе с Вами в новое жильё.</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.persons_moving.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.persons_moving.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.persons_moving.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.persons_moving.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.persons_moving.relation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.persons_moving.relation.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Супруг(а) / зарегистрированный партнёр</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.persons_moving.relation.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.persons_moving.relation.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Другое лицо</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для уточняющих вопросов, необязательно.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер телефона</translation>
    </message>
</context>
<context>
    <name>form:urkundenbestellung</name>
    <message>
        <source>Urkundenbestellung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заказ свидетельства (Urkundenbestellung)</translation>
    </message>
    <message>
        <source>Bestellung einer Geburts-, Ehe- oder Sterbeurkunde aus einem Personenstandsregister dieser Stadt (§ 62 PStG).</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заказ свидетельства о рождении, браке или смерти из реестра актов гражданского состояния этого города (§ 62 PStG).</translation>
    </message>
    <message>
        <source>Geburts-, Ehe- oder Sterbeurkunde.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свидетельство о рождении, браке или смерти.</translation>
    </message>
    <message>
        <source>§ 2 Gebührenverordnung zum Personenstandsgesetz des Landes; jede weitere Ausfertigung 6,00 EUR</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>§ 2 Положения о пошлинах к Закону о гражданском состоянии федеральной земли; каждый дополнительный экземпляр 6,00 EUR</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Как в удостоверении личности (Personalausweis) или паспорте.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Все имена, как в удостоверении личности или паспорте.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заполните, только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Текущий адрес в этом городе</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например 12, 12a или 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Welche Urkunde</source>
        <comment>sections.certificate.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Какое свидетельство</translation>
    </message>
    <message>
        <source>Urkunde</source>
        <comment>fields.certificate_kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свидетельство</translation>
    </message>
    <message>
        <source>Geburtsurkunde</source>
        <comment>fields.certificate_kind.options.birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свидетельство о рождении (Geburtsurkunde)</translation>
    </message>
    <message>
        <source>Eheurkunde</source>
        <comment>fields.certificate_kind.options.marriage.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свидетельство о браке (Eheurkunde)</translation>
    </message>
    <message>
        <source>Sterbeurkunde</source>
        <comment>fields.certificate_kind.options.death.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свидетельство о смерти (Sterbeurkunde)</translation>
    </message>
    <message>
        <source>Internationale (mehrsprachige) Urkunde</source>
        <comment>fields.international.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Международное (многоязычное) свидетельство</translation>
    </message>
    <message>
        <source>Die Urkunde betrifft mich selbst</source>
        <comment>fields.subject_is_applicant.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Свидетельство касается меня самого (самой)</translation>
    </message>
    <message>
        <source>Name der Person in der Urkunde</source>
        <comment>fields.subject_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя и фамилия лица в свидетельстве</translation>
    </message>
    <message>
        <source>Ihr Verhältnis zu dieser Person</source>
        <comment>fields.relationship.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваше отношение к этому лицу</translation>
    </message>
    <message>
        <source>Nach § 62 PStG erhalten nur Berechtigte eine Urkunde.</source>
        <comment>fields.relationship.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Согласно § 62 PStG свидетельство выдаётся только лицам, имеющим на это право.</translation>
    </message>
    <message>
        <source>Ehegatte</source>
        <comment>fields.relationship.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Супруг(а)</translation>
    </message>
    <message>
        <source>Elternteil</source>
        <comment>fields.relationship.options.parent.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.relationship.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Geschwister</source>
        <comment>fields.relationship.options.sibling.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <source>Rechtliches Interesse (Nachweis erforderlich)</source>
        <comment>fields.relationship.options.legal_interest.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Правовой интерес (нужно подтверждение)</translation>
    </message>
    <message>
        <source>Datum des Ereignisses</source>
        <comment>fields.event_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата события</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.event_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Ort des Ereignisses</source>
        <comment>fields.event_place.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Место события</translation>
    </message>
    <message>
        <source>Registernummer</source>
        <comment>fields.register_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер записи в реестре</translation>
    </message>
    <message>
        <source>Falls bekannt, z. B. G 123/1985.</source>
        <comment>fields.register_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Если известен, например G 123/1985.</translation>
    </message>
    <message>
        <source>Bitte wie G 123/1985 eingeben.</source>
        <comment>fields.register_number.pattern_message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Введите, пожалуйста, в виде G 123/1985.</translation>
    </message>
    <message>
        <source>Zustellung</source>
        <comment>fields.delivery.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Получение</translation>
    </message>
    <message>
        <source>Per Post an meine Anschrift</source>
        <comment>fields.delivery.options.post.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>По почте на мой адрес</translation>
    </message>
    <message>
        <source>Abholung im Bürgerbüro</source>
        <comment>fields.delivery.options.pickup.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Получу в бюро обслуживания граждан (Bürgerbüro)</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Количество экземпляров</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 10).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сколько одинаковых экземпляров Вам нужно (от 1 до 10).</translation>
    </message>
</context>
<context>
    <name>form:wohnsitzanmeldung</name>
    <message>
        <source>Wohnsitzanmeldung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Регистрация по месту жительства (Wohnsitzanmeldung)</translation>
    </message>
    <message>
        <source>Anmeldung nach Zuzug in diese Stadt (§ 17 BMG), mit den Angaben der Wohnungsgeberbestätigung (§ 19 BMG).</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Регистрация после переезда в этот город (§ 17 BMG) со сведениями из подтверждения арендодателя (Wohnungsgeber­bestätigung, § 19 BMG).</translation>
    </message>
    <message>
        <source>Nach dem Zuzug, mit den Angaben der Wohnungsgeberbestätigung.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>После переезда, со сведениями из подтверждения арендодателя.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Бесплатно (§ 17 BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Как в удостоверении личности (Personalausweis) или паспорте.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Все имена, как в удостоверении личности или паспорте.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия при рождении</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заполните, только если она отличается от нынешней фамилии.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.marital_status.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <source>ledig</source>
        <comment>fields.marital_status.options.single.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>холост / не замужем</translation>
    </message>
    <message>
        <source>verheiratet</source>
        <comment>fields.marital_status.options.married.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>женат / замужем</translation>
    </message>
    <message>
        <source>eingetragene Lebenspartnerschaft</source>
        <comment>fields.marital_status.options.partnership.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>зарегистрированное партнёрство</translation>
    </message>
    <message>
        <source>geschieden</source>
        <comment>fields.marital_status.options.divorced.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>разведён / разведена</translation>
    </message>
    <message>
        <source>verwitwet</source>
        <comment>fields.marital_status.options.widowed.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>вдовец / вдова</translation>
    </message>
    <message>
        <source>Neue Anschrift in dieser Stadt</source>
        <comment>sections.new_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Новый адрес в этом городе</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер дома</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Например 12, 12a или 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата заселения</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зарегистрироваться можно не ранее чем за 14 дней до заселения (§ 17 BMG).</translation>
    </message>
    <message>
        <source>Art der Wohnung</source>
        <comment>fields.dwelling_kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вид жилья</translation>
    </message>
    <message>
        <source>Alleinige Wohnung</source>
        <comment>fields.dwelling_kind.options.sole.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Единственное жильё</translation>
    </message>
    <message>
        <source>Hauptwohnung</source>
        <comment>fields.dwelling_kind.options.main.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Основное жильё (Hauptwohnung)</translation>
    </message>
    <message>
        <source>Nebenwohnung</source>
        <comment>fields.dwelling_kind.options.secondary.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дополнительное жильё (Nebenwohnung)</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung</source>
        <comment>sections.landlord.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Подтверждение арендодателя (Wohnungsgeber­bestätigung)</translation>
    </message>
    <message>
        <source>Name des Wohnungsgebers</source>
        <comment>fields.landlord_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя или название арендодателя (Wohnungsgeber)</translation>
    </message>
    <message>
        <source>Der Wohnungsgeber ist Eigentümer</source>
        <comment>fields.landlord_is_owner.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Арендодатель является собственником</translation>
    </message>
    <message>
        <source>Name des Eigentümers</source>
        <comment>fields.owner_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя или название собственника</translation>
    </message>
    <message>
        <source>Datum der Bestätigung</source>
        <comment>fields.confirmation_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата подтверждения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.confirmation_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Bisherige Anschrift</source>
        <comment>sections.previous.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прежний адрес</translation>
    </message>
    <message>
        <source>Zuzug aus dem Ausland</source>
        <comment>fields.previous_abroad.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Переезд из-за границы</translation>
    </message>
    <message>
        <source>Staat</source>
        <comment>fields.previous_country.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Государство</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <comment>fields.previous_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Улица и номер дома</translation>
    </message>
    <message>
        <source>Postleitzahl und Ort</source>
        <comment>fields.previous_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Почтовый индекс и населённый пункт</translation>
    </message>
    <message>
        <source>Familienangehörige</source>
        <comment>sections.family.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Члены семьи</translation>
    </message>
    <message>
        <source>Mitziehende Familienangehörige</source>
        <comment>fields.family_members.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Члены семьи, переезжающие с Вами</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_members.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.family_members.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Имя (имена)</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.family_members.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.family_members.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>В формате ДД.ММ.ГГГГ, например 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.family_members.relation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Родство</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.family_members.relation.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Супруг(а) / зарегистрированный партнёр</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.family_members.relation.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.family_members.relation.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Другое лицо</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для уточняющих вопросов, необязательно.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер телефона</translation>
    </message>
</context>
</TS>
