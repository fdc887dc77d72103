<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="de">
<context>
    <name>form:aufenthaltsbescheinigung</name>
    <message>
        <source>Aufenthaltsbescheinigung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة الإقامة (Aufenthaltsbescheinigung)</translation>
    </message>
    <message>
        <source>Bescheinigung, seit wann Sie in dieser Stadt wohnen, z. B. für ausländische Behörden, Renten- oder Steuerstellen.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة تبيّن منذ متى تقيمون في هذه المدينة، مثلًا للجهات الأجنبية أو لجهات التقاعد أو الضرائب.</translation>
    </message>
    <message>
        <source>Seit wann Sie in dieser Stadt wohnen.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>منذ متى تقيمون في هذه المدينة.</translation>
    </message>
    <message>
        <source>§ 18 BMG in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المادة 18 من قانون التسجيل الاتحادي (BMG) بالاقتران مع لائحة الرسوم الإدارية للمدينة</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كما في بطاقة الهوية (Personalausweis) أو جواز السفر.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جميع الأسماء الأولى، كما في بطاقة الهوية أو جواز السفر.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الميلاد</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة عند الولادة (Geburtsname)؛ يُملأ فقط إذا كان مختلفًا عن اسم العائلة الحالي.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الجنسية (الجنسيات)</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان الحالي في هذه المدينة</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بيانات الشهادة</translation>
    </message>
    <message>
        <source>Wohnhaft in der Stadt seit</source>
        <comment>fields.residence_since.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإقامة في المدينة منذ</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.residence_since.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Vorlage in welchem Staat</source>
        <comment>fields.recipient_country.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدولة التي ستُقدَّم فيها</translation>
    </message>
    <message>
        <source>Sprache der Bescheinigung</source>
        <comment>fields.language_of_certificate.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لغة الشهادة</translation>
    </message>
    <message>
        <source>Deutsch</source>
        <comment>fields.language_of_certificate.options.de.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Deutsch und Englisch</source>
        <comment>fields.language_of_certificate.options.en.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الألمانية والإنجليزية</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عدد النسخ</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كم نسخة متطابقة تحتاجون (من 1 إلى 5).</translation>
    </message>
    <message>
        <source>Das Geburtsdatum muss vor dem Zuzugsdatum liegen.</source>
        <comment>checks.born-before-residence.message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون تاريخ الميلاد قبل تاريخ الانتقال إلى المدينة.</translation>
    </message>
</context>
<context>
    <name>form:bewohnerparkausweis</name>
    <message>
        <source>Bewohnerparkausweis</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تصريح ركن السيارات للسكان (Bewohnerparkausweis)</translation>
    </message>
    <message>
        <source>Parkausweis für Bewohnerinnen und Bewohner einer Parkzone (§ 45 Abs. 1b StVO). Das Fahrzeug muss auf Sie zugelassen sein oder Ihnen dauerhaft zur Verfügung stehen.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تصريح ركن للسكان المقيمين في منطقة ركن (المادة 45 الفقرة 1b من قانون المرور StVO). يجب أن تكون المركبة مسجّلة باسمكم أو متاحة لكم بشكل دائم.</translation>
    </message>
    <message>
        <source>Für Ihr Fahrzeug in Ihrer Parkzone.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لمركبتكم في منطقة الركن الخاصة بكم.</translation>
    </message>
    <message>
        <source>Gebührenordnung für Bewohnerparkausweise der Stadt (§ 6a Abs. 5a StVG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لائحة رسوم المدينة لتصاريح ركن السكان (المادة 6a الفقرة 5a من StVG)</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الحصول على إعانة المواطن (Bürgergeld) أو المساعدة الاجتماعية (الإثبات عند الشبّاك)</translation>
    </message>
    <message>
        <source>Schwerbehindertenausweis mit Merkzeichen G oder aG</source>
        <comment>fee.exemptions.disability.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بطاقة الإعاقة الشديدة (Schwerbehindertenausweis) بالعلامة G أو aG</translation>
    </message>
    <message>
        <source>Stadt Musterstadt, Stadtkasse</source>
        <comment>fee.sepa_mandate.creditor_name</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مدينة Musterstadt، خزينة المدينة (Stadtkasse)</translation>
    </message>
    <message>
        <source>Ich ermächtige die Stadt Musterstadt, die Gebühr für diesen Bewohnerparkausweis von meinem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Musterstadt auf mein Konto gezogene Lastschrift einzulösen. Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten Bedingungen.</source>
        <comment>fee.sepa_mandate.text</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أفوّض مدينة Musterstadt بتحصيل رسوم تصريح ركن السكان هذا من حسابي عن طريق الخصم المباشر. وفي الوقت نفسه أُوعز إلى مصرفي بتنفيذ الخصم المباشر الذي تسحبه مدينة Musterstadt من حسابي. ملاحظة: يحق لي المطالبة باسترداد المبلغ المخصوم خلال ثمانية أسابيع تبدأ من تاريخ الخصم. وتسري في ذلك الشروط المتفق عليها مع مصرفي.</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كما في بطاقة الهوية (Personalausweis) أو جواز السفر.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جميع الأسماء الأولى، كما في بطاقة الهوية أو جواز السفر.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الميلاد</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة عند الولادة (Geburtsname)؛ يُملأ فقط إذا كان مختلفًا عن اسم العائلة الحالي.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان الحالي في هذه المدينة</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>Fahrzeug und Zone</source>
        <comment>sections.vehicle.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المركبة والمنطقة</translation>
    </message>
    <message>
        <source>Amtliches Kennzeichen</source>
        <comment>fields.registration_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم اللوحة (Kennzeichen)</translation>
    </message>
    <message>
        <source>Zum Beispiel MZ-AB 123.</source>
        <comment>fields.registration_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا MZ-AB 123.</translation>
    </message>
    <message>
        <source>Bitte geben Sie das Kennzeichen wie auf dem Schild ein, z. B. MZ-AB 123.</source>
        <comment>fields.registration_number.pattern_message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم اللوحة كما هو على اللوحة، مثلًا MZ-AB 123.</translation>
    </message>
    <message>
        <source>Das Fahrzeug ist</source>
        <comment>fields.vehicle_holder.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المركبة</translation>
    </message>
    <message>
        <source>auf mich zugelassen</source>
        <comment>fields.vehicle_holder.options.own.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مسجّلة باسمي</translation>
    </message>
    <message>
        <source>ein Firmenwagen zu meiner Nutzung</source>
        <comment>fields.vehicle_holder.options.company.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>سيارة شركة أستخدمها</translation>
    </message>
    <message>
        <source>geleast oder gemietet</source>
        <comment>fields.vehicle_holder.options.leased.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بالتأجير التمويلي أو مستأجرة</translation>
    </message>
    <message>
        <source>Kopie der Zulassungsbescheinigung Teil I</source>
        <comment>fields.registration_certificate.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نسخة من شهادة التسجيل (Zulassungsbescheinigung Teil I)</translation>
    </message>
    <message>
        <source>Freiwillig. Legen Sie den Fahrzeugschein auf den Scanner und scannen Sie die Vorderseite. Ohne Kopie legen Sie ihn bitte am Schalter vor.</source>
        <comment>fields.registration_certificate.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اختياري. ضعوا شهادة التسجيل (Fahrzeugschein) على الماسح وامسحوا وجهها الأمامي. بدون نسخة، يُرجى إبرازها عند الشبّاك.</translation>
    </message>
    <message>
        <source>Parkzone</source>
        <comment>fields.zone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>منطقة الركن</translation>
    </message>
    <message>
        <source>Zone A – Altstadt</source>
        <comment>fields.zone.options.A.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المنطقة A – البلدة القديمة</translation>
    </message>
    <message>
        <source>Zone B – Neustadt</source>
        <comment>fields.zone.options.B.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المنطقة B – البلدة الجديدة</translation>
    </message>
    <message>
        <source>Zone C – Bahnhof</source>
        <comment>fields.zone.options.C.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المنطقة C – محطة القطار</translation>
    </message>
    <message>
        <source>Zone D – Hafen</source>
        <comment>fields.zone.options.D.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المنطقة D – الميناء</translation>
    </message>
    <message>
        <source>Gültigkeit</source>
        <comment>fields.duration_months.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مدة الصلاحية</translation>
    </message>
    <message>
        <source>6 Monate</source>
        <comment>fields.duration_months.options.6.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>6 أشهر</translation>
    </message>
    <message>
        <source>12 Monate</source>
        <comment>fields.duration_months.options.12.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>12 شهرًا</translation>
    </message>
    <message>
        <source>24 Monate</source>
        <comment>fields.duration_months.options.24.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>24 شهرًا</translation>
    </message>
    <message>
        <source>Gebührenermäßigung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طلب تخفيض الرسوم</translation>
    </message>
    <message>
        <source>IBAN für den Einzug der Gebühr</source>
        <comment>fields.iban.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم IBAN لتحصيل الرسوم</translation>
    </message>
    <message>
        <source>Freiwillig; ohne IBAN erhalten Sie eine Rechnung.</source>
        <comment>fields.iban.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اختياري؛ بدون IBAN تصلكم فاتورة.</translation>
    </message>
</context>
<context>
    <name>form:fuehrungszeugnis</name>
    <message>
        <source>Antrag auf ein Führungszeugnis</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طلب شهادة حسن السيرة والسلوك (Führungszeugnis)</translation>
    </message>
    <message>
        <source>Antrag auf ein Führungszeugnis aus dem Bundeszentralregister (§ 30 BZRG). Das Zeugnis schickt Ihnen das Bundesamt für Justiz oder direkt an die Behörde.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طلب شهادة حسن السيرة والسلوك من السجل المركزي الاتحادي (المادة 30 من BZRG). يرسل المكتب الاتحادي للعدل الشهادة إليكم أو مباشرةً إلى الجهة المعنية.</translation>
    </message>
    <message>
        <source>Privat oder zur Vorlage bei einer Behörde, auch erweitert.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شخصية أو لتقديمها إلى جهة رسمية، وكذلك الموسّعة.</translation>
    </message>
    <message>
        <source>§ 2 Justizverwaltungskostengesetz (JVKostG) mit Nr. 1130 der Anlage</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المادة 2 من قانون تكاليف الإدارة القضائية (JVKostG)، البند 1130 من الملحق</translation>
    </message>
    <message>
        <source>Bezug von Bürgergeld oder Sozialhilfe (Nachweis am Schalter)</source>
        <comment>fee.exemptions.social_benefits.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الحصول على إعانة المواطن (Bürgergeld) أو المساعدة الاجتماعية (الإثبات عند الشبّاك)</translation>
    </message>
    <message>
        <source>Ehrenamtliche Tätigkeit (Bestätigung der Einrichtung)</source>
        <comment>fee.exemptions.volunteer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العمل التطوعي (تأكيد من الجهة المعنية)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كما في بطاقة الهوية (Personalausweis) أو جواز السفر.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جميع الأسماء الأولى، كما في بطاقة الهوية أو جواز السفر.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الميلاد</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة عند الولادة (Geburtsname)؛ يُملأ فقط إذا كان مختلفًا عن اسم العائلة الحالي.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الجنسية (الجنسيات)</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان الحالي في هذه المدينة</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>Art des Führungszeugnisses</source>
        <comment>sections.certificate.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نوع شهادة حسن السيرة والسلوك</translation>
    </message>
    <message>
        <source>Belegart</source>
        <comment>fields.kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نوع الشهادة (Belegart)</translation>
    </message>
    <message>
        <source>Das erweiterte Führungszeugnis (§ 30a BZRG) brauchen Sie für Arbeit mit Kindern und Jugendlichen; bitte legen Sie die Aufforderung am Schalter vor.</source>
        <comment>fields.kind.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تحتاجون إلى الشهادة الموسّعة (المادة 30a من BZRG) للعمل مع الأطفال والشباب؛ يُرجى إبراز الطلب الرسمي بها عند الشبّاك.</translation>
    </message>
    <message>
        <source>Privatführungszeugnis (Belegart N)</source>
        <comment>fields.kind.options.N.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة شخصية (Belegart N)</translation>
    </message>
    <message>
        <source>Zur Vorlage bei einer Behörde (Belegart O)</source>
        <comment>fields.kind.options.O.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لتقديمها إلى جهة رسمية (Belegart O)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis, privat (Belegart NE)</source>
        <comment>fields.kind.options.NE.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة موسّعة، شخصية (Belegart NE)</translation>
    </message>
    <message>
        <source>Erweitertes Führungszeugnis für eine Behörde (Belegart OE)</source>
        <comment>fields.kind.options.OE.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة موسّعة لجهة رسمية (Belegart OE)</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose_text.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الغرض من الاستخدام</translation>
    </message>
    <message>
        <source>Zum Beispiel: Bewerbung als Erzieherin, Waffenschein.</source>
        <comment>fields.purpose_text.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا: التقدم لوظيفة مربّية، رخصة حمل السلاح.</translation>
    </message>
    <message>
        <source>Gebührenbefreiung beantragt</source>
        <comment>fields.fee_exempt.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طلب الإعفاء من الرسوم</translation>
    </message>
    <message>
        <source>Bei Ehrenamt oder geringem Einkommen; Nachweis am Schalter.</source>
        <comment>fields.fee_exempt.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في حالة العمل التطوعي أو الدخل المنخفض؛ الإثبات عند الشبّاك.</translation>
    </message>
    <message>
        <source>Empfangende Behörde und Kontakt</source>
        <comment>sections.authority.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الجهة المستلِمة ووسائل الاتصال</translation>
    </message>
    <message>
        <source>Behörde</source>
        <comment>fields.authority_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الجهة الرسمية</translation>
    </message>
    <message>
        <source>Aktenzeichen der Behörde</source>
        <comment>fields.authority_reference.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم الملف لدى الجهة (Aktenzeichen)</translation>
    </message>
    <message>
        <source>Anschrift der Behörde</source>
        <comment>fields.authority_address.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عنوان الجهة الرسمية</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>للاستفسارات، اختياري.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم الهاتف</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-einfach</name>
    <message>
        <source>Meldebescheinigung (einfach)</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة التسجيل (Meldebescheinigung) – مبسّطة</translation>
    </message>
    <message>
        <source>Bescheinigung über Ihre aktuelle Anschrift in dieser Stadt, zum Beispiel für Arbeitgeber, Behörden oder Vermieter. Sie enthält Ihren Namen, Ihr Geburtsdatum und Ihre Anschrift.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة بعنوانكم الحالي في هذه المدينة، مثلًا لصاحب العمل أو لجهة رسمية أو للمؤجِّر. تتضمن اسمكم وتاريخ ميلادكم وعنوانكم.</translation>
    </message>
    <message>
        <source>Bestätigt Ihre aktuelle Anschrift, z. B. für Arbeitgeber oder Vermieter.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تؤكد عنوانكم الحالي، مثلًا لصاحب العمل أو للمؤجِّر.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المادة 18 الفقرة 1 من قانون التسجيل الاتحادي (BMG) بالاقتران مع لائحة الرسوم الإدارية للمدينة</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كما في بطاقة الهوية (Personalausweis) أو جواز السفر.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جميع الأسماء الأولى، كما في بطاقة الهوية أو جواز السفر.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الميلاد</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة عند الولادة (Geburtsname)؛ يُملأ فقط إذا كان مختلفًا عن اسم العائلة الحالي.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان الحالي في هذه المدينة</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بيانات الشهادة</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الغرض من الاستخدام</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لتقديمها إلى صاحب العمل</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لتقديمها إلى جهة رسمية</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لتقديمها إلى المؤجِّر</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>غرض آخر</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عدد النسخ</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Bescheinigungen Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كم شهادة متطابقة تحتاجون (من 1 إلى 5).</translation>
    </message>
</context>
<context>
    <name>form:meldebescheinigung-erweitert</name>
    <message>
        <source>Meldebescheinigung (erweitert)</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة التسجيل (Meldebescheinigung) – موسّعة</translation>
    </message>
    <message>
        <source>Bescheinigung mit weiteren Daten aus dem Melderegister, z. B. früheren Anschriften, Familienstand oder Staatsangehörigkeit. Sie bekommen nur Ihre eigenen Daten.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة تتضمن بيانات إضافية من سجل السكان، مثلًا العناوين السابقة أو الحالة الاجتماعية أو الجنسية. تحصلون على بياناتكم الخاصة فقط.</translation>
    </message>
    <message>
        <source>Mit früheren Anschriften, Familienstand oder Staatsangehörigkeit.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مع العناوين السابقة أو الحالة الاجتماعية أو الجنسية.</translation>
    </message>
    <message>
        <source>§ 18 Abs. 1 Bundesmeldegesetz (BMG) in Verbindung mit der Verwaltungsgebührenordnung der Stadt</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المادة 18 الفقرة 1 من قانون التسجيل الاتحادي (BMG) بالاقتران مع لائحة الرسوم الإدارية للمدينة</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كما في بطاقة الهوية (Personalausweis) أو جواز السفر.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جميع الأسماء الأولى، كما في بطاقة الهوية أو جواز السفر.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الميلاد</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة عند الولادة (Geburtsname)؛ يُملأ فقط إذا كان مختلفًا عن اسم العائلة الحالي.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان الحالي في هذه المدينة</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>Angaben zur Bescheinigung</source>
        <comment>sections.details.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بيانات الشهادة</translation>
    </message>
    <message>
        <source>Zusätzlich aufnehmen</source>
        <comment>fields.contents.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إضافة ما يلي</translation>
    </message>
    <message>
        <source>Wählen Sie alles aus, was auf der Bescheinigung stehen soll.</source>
        <comment>fields.contents.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اختاروا كل ما يجب أن يظهر في الشهادة.</translation>
    </message>
    <message>
        <source>Frühere Anschriften</source>
        <comment>fields.contents.options.former_addresses.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العناوين السابقة</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.contents.options.marital_status.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.contents.options.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الجنسية (الجنسيات)</translation>
    </message>
    <message>
        <source>Zugehörigkeit zu einer Religionsgesellschaft</source>
        <comment>fields.contents.options.religion.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الانتماء إلى طائفة دينية</translation>
    </message>
    <message>
        <source>Im Haushalt gemeldete Personen</source>
        <comment>fields.contents.options.household.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأشخاص المسجّلون في الأسرة</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.contents.options.move_in_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الانتقال إلى السكن</translation>
    </message>
    <message>
        <source>Frühere Anschriften ab</source>
        <comment>fields.former_since.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العناوين السابقة ابتداءً من</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.former_since.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Verwendungszweck</source>
        <comment>fields.purpose.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الغرض من الاستخدام</translation>
    </message>
    <message>
        <source>Vorlage beim Arbeitgeber</source>
        <comment>fields.purpose.options.employer.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لتقديمها إلى صاحب العمل</translation>
    </message>
    <message>
        <source>Vorlage bei einer Behörde</source>
        <comment>fields.purpose.options.authority.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لتقديمها إلى جهة رسمية</translation>
    </message>
    <message>
        <source>Vorlage beim Vermieter</source>
        <comment>fields.purpose.options.landlord.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لتقديمها إلى المؤجِّر</translation>
    </message>
    <message>
        <source>Sonstiger Zweck</source>
        <comment>fields.purpose.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>غرض آخر</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عدد النسخ</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 5).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كم نسخة متطابقة تحتاجون (من 1 إلى 5).</translation>
    </message>
</context>
<context>
    <name>form:uebermittlungssperre</name>
    <message>
        <source>Übermittlungssperre / Auskunftssperre</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>حظر نقل البيانات / حظر الإفصاح (Übermittlungssperre / Auskunftssperre)</translation>
    </message>
    <message>
        <source>Widerspruch gegen die Weitergabe Ihrer Meldedaten nach dem Bundesmeldegesetz. Eine Auskunftssperre (§ 51 BMG) gibt es nur bei einer Gefahr für Leib und Leben; sie wird am Schalter geprüft.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اعتراض على نقل بيانات تسجيلكم وفقًا لقانون التسجيل الاتحادي. لا يُمنح حظر الإفصاح (المادة 51 من BMG) إلا عند وجود خطر على الحياة أو السلامة الجسدية، ويُدرس عند الشبّاك.</translation>
    </message>
    <message>
        <source>Widerspruch nach §§ 36, 42, 50 BMG; Auskunftssperre nach § 51 BMG.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اعتراض وفقًا للمواد 36 و42 و50 من BMG؛ حظر الإفصاح وفقًا للمادة 51 من BMG.</translation>
    </message>
    <message>
        <source>Gebührenfrei nach § 36 Abs. 2, § 42 Abs. 3, § 50 Abs. 5 BMG</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>معفى من الرسوم وفقًا للمادة 36 الفقرة 2، والمادة 42 الفقرة 3، والمادة 50 الفقرة 5 من BMG</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كما في بطاقة الهوية (Personalausweis) أو جواز السفر.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جميع الأسماء الأولى، كما في بطاقة الهوية أو جواز السفر.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الميلاد</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة عند الولادة (Geburtsname)؛ يُملأ فقط إذا كان مختلفًا عن اسم العائلة الحالي.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان الحالي في هذه المدينة</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>Widersprüche</source>
        <comment>sections.objections.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الاعتراضات</translation>
    </message>
    <message>
        <source>Ich widerspreche der Übermittlung meiner Daten</source>
        <comment>fields.objections.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أعترض على نقل بياناتي</translation>
    </message>
    <message>
        <source>an das Bundesamt für das Personalmanagement der Bundeswehr (§ 36 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg36.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إلى المكتب الاتحادي لإدارة شؤون أفراد الجيش الاتحادي (Bundeswehr) (المادة 36 الفقرة 2 من BMG)</translation>
    </message>
    <message>
        <source>an öffentlich-rechtliche Religionsgesellschaften für Familienangehörige (§ 42 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg42.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إلى الطوائف الدينية المعترف بها قانونيًا بشأن أفراد الأسرة (المادة 42 الفقرة 3 من BMG)</translation>
    </message>
    <message>
        <source>an Parteien und Wählergruppen vor Wahlen (§ 50 Abs. 1 BMG)</source>
        <comment>fields.objections.options.bmg50_1.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إلى الأحزاب والتجمعات الانتخابية قبل الانتخابات (المادة 50 الفقرة 1 من BMG)</translation>
    </message>
    <message>
        <source>an Presse und Mandatsträger bei Alters- und Ehejubiläen (§ 50 Abs. 2 BMG)</source>
        <comment>fields.objections.options.bmg50_2.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إلى الصحافة وأصحاب المناصب المنتخبة بمناسبة أعياد الميلاد وذكرى الزواج (المادة 50 الفقرة 2 من BMG)</translation>
    </message>
    <message>
        <source>an Adressbuchverlage (§ 50 Abs. 3 BMG)</source>
        <comment>fields.objections.options.bmg50_3.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إلى دور نشر أدلة العناوين (المادة 50 الفقرة 3 من BMG)</translation>
    </message>
    <message>
        <source>Auskunftssperre wegen Gefahr (§ 51 BMG) – Prüfung am Schalter</source>
        <comment>fields.objections.options.bmg51.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>حظر الإفصاح بسبب وجود خطر (المادة 51 من BMG) – يُدرس عند الشبّاك</translation>
    </message>
    <message>
        <source>Kurze Begründung der Gefahr</source>
        <comment>fields.danger_reason.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>سبب موجز للخطر</translation>
    </message>
    <message>
        <source>Einzelheiten und Nachweise besprechen Sie bitte vertraulich am Schalter.</source>
        <comment>fields.danger_reason.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى مناقشة التفاصيل والأدلة بسرية عند الشبّاك.</translation>
    </message>
    <message>
        <source>Für alle Personen meines Haushalts</source>
        <comment>fields.household.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لجميع أفراد أسرتي</translation>
    </message>
</context>
<context>
    <name>form:ummeldung</name>
    <message>
        <source>Ummeldung innerhalb der Stadt</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تغيير العنوان داخل المدينة (Ummeldung)</translation>
    </message>
    <message>
        <source>Anmeldung einer neuen Wohnung in derselben Stadt (§ 17 BMG). Bitte halten Sie die Wohnungsgeberbestätigung bereit.</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تسجيل مسكن جديد في المدينة نفسها (المادة 17 من BMG). يُرجى تجهيز تأكيد المؤجِّر (Wohnungsgeber­bestätigung).</translation>
    </message>
    <message>
        <source>Neue Anschrift, Umzugsdatum und mitziehende Personen.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان الجديد وتاريخ الانتقال والأشخاص المنتقلون معكم.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>معفى من الرسوم (المادة 17 من BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كما في بطاقة الهوية (Personalausweis) أو جواز السفر.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جميع الأسماء الأولى، كما في بطاقة الهوية أو جواز السفر.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الميلاد</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة عند الولادة (Geburtsname)؛ يُملأ فقط إذا كان مختلفًا عن اسم العائلة الحالي.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Bisherige Anschrift in dieser Stadt</source>
        <comment>sections.old_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان السابق في هذه المدينة</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.old_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.old_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.old_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.old_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.old_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>Neue Anschrift</source>
        <comment>sections.new_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان الجديد</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>Stockwerk, Wohnungsnummer</source>
        <comment>fields.new_floor.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الطابق، رقم الشقة</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الانتقال إلى السكن</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يمكنكم التسجيل قبل الانتقال بمدة تصل إلى 14 يومًا (المادة 17 من BMG).</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung liegt vor</source>
        <comment>fields.landlord_confirmation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تأكيد المؤجِّر (Wohnungsgeber­bestätigung) متوفر</translation>
    </message>
    <message>
        <source>Pflicht nach § 19 BMG; legen Sie sie am Schalter vor oder senden Sie sie nach.</source>
        <comment>fields.landlord_confirmation.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إلزامي وفقًا للمادة 19 من BMG؛ أبرزوه عند الشبّاك أو أرسلوه لاحقًا.</translation>
    </message>
    <message>
        <source>Mitziehende Personen</source>
        <comment>sections.persons.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأشخاص المنتقلون معكم</translation>
    </message>
    <message>
        <source>Personen, die mit Ihnen umziehen</source>
        <comment>fields.persons_moving.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأشخاص الذين ينتقلون معكم</translation>
    </message>
    <message>
        <source>Nur Personen, die mit Ihnen in die neue Wohnung ziehen.</source>
        <comment>fields.persons_moving.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>فقط الأشخاص الذين ينتقلون معكم إلى المسكن الجديد.</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.persons_moving.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.persons_moving.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.persons_moving.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.persons_moving.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.persons_moving.relation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.persons_moving.relation.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الزوج/الزوجة / الشريك المسجّل</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.persons_moving.relation.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ابن/ابنة</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.persons_moving.relation.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>للاستفسارات، اختياري.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم الهاتف</translation>
    </message>
</context>
<context>
    <name>form:urkundenbestellung</name>
    <message>
        <source>Urkundenbestellung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طلب وثيقة أحوال مدنية (Urkundenbestellung)</translation>
    </message>
    <message>
        <source>Bestellung einer Geburts-, Ehe- oder Sterbeurkunde aus einem Personenstandsregister dieser Stadt (§ 62 PStG).</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طلب شهادة ميلاد أو زواج أو وفاة من أحد سجلات الأحوال المدنية في هذه المدينة (المادة 62 من PStG).</translation>
    </message>
    <message>
        <source>Geburts-, Ehe- oder Sterbeurkunde.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة ميلاد أو زواج أو وفاة.</translation>
    </message>
    <message>
        <source>§ 2 Gebührenverordnung zum Personenstandsgesetz des Landes; jede weitere Ausfertigung 6,00 EUR</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المادة 2 من لائحة رسوم قانون الأحوال المدنية في الولاية؛ كل نسخة إضافية 6,00 EUR</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كما في بطاقة الهوية (Personalausweis) أو جواز السفر.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جميع الأسماء الأولى، كما في بطاقة الهوية أو جواز السفر.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الميلاد</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة عند الولادة (Geburtsname)؛ يُملأ فقط إذا كان مختلفًا عن اسم العائلة الحالي.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Aktuelle Anschrift in dieser Stadt</source>
        <comment>sections.address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان الحالي في هذه المدينة</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>Welche Urkunde</source>
        <comment>sections.certificate.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أي وثيقة</translation>
    </message>
    <message>
        <source>Urkunde</source>
        <comment>fields.certificate_kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Geburtsurkunde</source>
        <comment>fields.certificate_kind.options.birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة الميلاد (Geburtsurkunde)</translation>
    </message>
    <message>
        <source>Eheurkunde</source>
        <comment>fields.certificate_kind.options.marriage.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة الزواج (Eheurkunde)</translation>
    </message>
    <message>
        <source>Sterbeurkunde</source>
        <comment>fields.certificate_kind.options.death.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة الوفاة (Sterbeurkunde)</translation>
    </message>
    <message>
        <source>Internationale (mehrsprachige) Urkunde</source>
        <comment>fields.international.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>وثيقة دولية (متعددة اللغات)</translation>
    </message>
    <message>
        <source>Die Urkunde betrifft mich selbst</source>
        <comment>fields.subject_is_applicant.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الوثيقة تخصّني أنا</translation>
    </message>
    <message>
        <source>Name der Person in der Urkunde</source>
        <comment>fields.subject_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الشخص المذكور في الوثيقة</translation>
    </message>
    <message>
        <source>Ihr Verhältnis zu dieser Person</source>
        <comment>fields.relationship.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صلتكم بهذا الشخص</translation>
    </message>
    <message>
        <source>Nach § 62 PStG erhalten nur Berechtigte eine Urkunde.</source>
        <comment>fields.relationship.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>وفقًا للمادة 62 من PStG، لا يحصل على الوثيقة إلا الأشخاص المخوّلون.</translation>
    </message>
    <message>
        <source>Ehegatte</source>
        <comment>fields.relationship.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الزوج/الزوجة</translation>
    </message>
    <message>
        <source>Elternteil</source>
        <comment>fields.relationship.options.parent.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أحد الوالدين</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.relationship.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ابن/ابنة</translation>
    </message>
    <message>
        <source>Geschwister</source>
        <comment>fields.relationship.options.sibling.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أخ أو أخت</translation>
    </message>
    <message>
        <source>Rechtliches Interesse (Nachweis erforderlich)</source>
        <comment>fields.relationship.options.legal_interest.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مصلحة قانونية (يلزم الإثبات)</translation>
    </message>
    <message>
        <source>Datum des Ereignisses</source>
        <comment>fields.event_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الواقعة</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.event_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Ort des Ereignisses</source>
        <comment>fields.event_place.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الواقعة</translation>
    </message>
    <message>
        <source>Registernummer</source>
        <comment>fields.register_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم السجل</translation>
    </message>
    <message>
        <source>Falls bekannt, z. B. G 123/1985.</source>
        <comment>fields.register_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إن كان معروفًا، مثلًا G 123/1985.</translation>
    </message>
    <message>
        <source>Bitte wie G 123/1985 eingeben.</source>
        <comment>fields.register_number.pattern_message</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى الإدخال بالشكل G 123/1985.</translation>
    </message>
    <message>
        <source>Zustellung</source>
        <comment>fields.delivery.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طريقة التسليم</translation>
    </message>
    <message>
        <source>Per Post an meine Anschrift</source>
        <comment>fields.delivery.options.post.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بالبريد إلى عنواني</translation>
    </message>
    <message>
        <source>Abholung im Bürgerbüro</source>
        <comment>fields.delivery.options.pickup.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الاستلام من مكتب خدمة المواطنين (Bürgerbüro)</translation>
    </message>
    <message>
        <source>Anzahl der Ausfertigungen</source>
        <comment>fields.copies.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عدد النسخ</translation>
    </message>
    <message>
        <source>Wie viele gleichlautende Exemplare Sie brauchen (1 bis 10).</source>
        <comment>fields.copies.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كم نسخة متطابقة تحتاجون (من 1 إلى 10).</translation>
    </message>
</context>
<context>
    <name>form:wohnsitzanmeldung</name>
    <message>
        <source>Wohnsitzanmeldung</source>
        <comment>title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تسجيل السكن (Wohnsitzanmeldung)</translation>
    </message>
    <message>
        <source>Anmeldung nach Zuzug in diese Stadt (§ 17 BMG), mit den Angaben der Wohnungsgeberbestätigung (§ 19 BMG).</source>
        <comment>description</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التسجيل بعد الانتقال إلى هذه المدينة (المادة 17 من BMG)، مع بيانات تأكيد المؤجِّر (Wohnungsgeber­bestätigung، المادة 19 من BMG).</translation>
    </message>
    <message>
        <source>Nach dem Zuzug, mit den Angaben der Wohnungsgeberbestätigung.</source>
        <comment>summary</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بعد الانتقال، مع بيانات تأكيد المؤجِّر.</translation>
    </message>
    <message>
        <source>Gebührenfrei (§ 17 BMG)</source>
        <comment>fee.legal_basis</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>معفى من الرسوم (المادة 17 من BMG)</translation>
    </message>
    <message>
        <source>Angaben zur Person</source>
        <comment>sections.identity.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Wie im Personalausweis oder Reisepass.</source>
        <comment>fields.family_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>كما في بطاقة الهوية (Personalausweis) أو جواز السفر.</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Alle Vornamen, wie im Personalausweis oder Reisepass.</source>
        <comment>fields.given_names.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جميع الأسماء الأولى، كما في بطاقة الهوية أو جواز السفر.</translation>
    </message>
    <message>
        <source>Geburtsname</source>
        <comment>fields.birth_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الميلاد</translation>
    </message>
    <message>
        <source>Nur ausfüllen, wenn er sich vom Familiennamen unterscheidet.</source>
        <comment>fields.birth_name.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة عند الولادة (Geburtsname)؛ يُملأ فقط إذا كان مختلفًا عن اسم العائلة الحالي.</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Geburtsort</source>
        <comment>fields.place_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Staatsangehörigkeit(en)</source>
        <comment>fields.nationality.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الجنسية (الجنسيات)</translation>
    </message>
    <message>
        <source>Familienstand</source>
        <comment>fields.marital_status.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>ledig</source>
        <comment>fields.marital_status.options.single.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أعزب/عزباء</translation>
    </message>
    <message>
        <source>verheiratet</source>
        <comment>fields.marital_status.options.married.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>متزوج/متزوجة</translation>
    </message>
    <message>
        <source>eingetragene Lebenspartnerschaft</source>
        <comment>fields.marital_status.options.partnership.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شراكة حياة مسجّلة</translation>
    </message>
    <message>
        <source>geschieden</source>
        <comment>fields.marital_status.options.divorced.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مطلّق/مطلّقة</translation>
    </message>
    <message>
        <source>verwitwet</source>
        <comment>fields.marital_status.options.widowed.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أرمل/أرملة</translation>
    </message>
    <message>
        <source>Neue Anschrift in dieser Stadt</source>
        <comment>sections.new_address.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان الجديد في هذه المدينة</translation>
    </message>
    <message>
        <source>Straße</source>
        <comment>fields.new_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>Hausnummer</source>
        <comment>fields.new_house_number.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Zum Beispiel 12, 12a oder 7-9.</source>
        <comment>fields.new_house_number.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مثلًا 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Postleitzahl</source>
        <comment>fields.new_postal_code.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Wohnort</source>
        <comment>fields.new_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان السكن</translation>
    </message>
    <message>
        <source>Einzugsdatum</source>
        <comment>fields.move_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الانتقال إلى السكن</translation>
    </message>
    <message>
        <source>Sie können sich bis zu 14 Tage vor dem Einzug anmelden (§ 17 BMG).</source>
        <comment>fields.move_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يمكنكم التسجيل قبل الانتقال بمدة تصل إلى 14 يومًا (المادة 17 من BMG).</translation>
    </message>
    <message>
        <source>Art der Wohnung</source>
        <comment>fields.dwelling_kind.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نوع المسكن</translation>
    </message>
    <message>
        <source>Alleinige Wohnung</source>
        <comment>fields.dwelling_kind.options.sole.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المسكن الوحيد</translation>
    </message>
    <message>
        <source>Hauptwohnung</source>
        <comment>fields.dwelling_kind.options.main.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المسكن الرئيسي (Hauptwohnung)</translation>
    </message>
    <message>
        <source>Nebenwohnung</source>
        <comment>fields.dwelling_kind.options.secondary.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المسكن الثانوي (Nebenwohnung)</translation>
    </message>
    <message>
        <source>Wohnungsgeberbestätigung</source>
        <comment>sections.landlord.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تأكيد المؤجِّر</translation>
    </message>
    <message>
        <source>Name des Wohnungsgebers</source>
        <comment>fields.landlord_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم المؤجِّر</translation>
    </message>
    <message>
        <source>Der Wohnungsgeber ist Eigentümer</source>
        <comment>fields.landlord_is_owner.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المؤجِّر هو المالك</translation>
    </message>
    <message>
        <source>Name des Eigentümers</source>
        <comment>fields.owner_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم المالك</translation>
    </message>
    <message>
        <source>Datum der Bestätigung</source>
        <comment>fields.confirmation_date.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ التأكيد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.confirmation_date.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Bisherige Anschrift</source>
        <comment>sections.previous.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان السابق</translation>
    </message>
    <message>
        <source>Zuzug aus dem Ausland</source>
        <comment>fields.previous_abroad.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الانتقال من الخارج</translation>
    </message>
    <message>
        <source>Staat</source>
        <comment>fields.previous_country.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>Straße und Hausnummer</source>
        <comment>fields.previous_street.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع ورقم المنزل</translation>
    </message>
    <message>
        <source>Postleitzahl und Ort</source>
        <comment>fields.previous_city.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي والمدينة</translation>
    </message>
    <message>
        <source>Familienangehörige</source>
        <comment>sections.family.title</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>Mitziehende Familienangehörige</source>
        <comment>fields.family_members.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أفراد الأسرة المنتقلون معكم</translation>
    </message>
    <message>
        <source>Familienname</source>
        <comment>fields.family_members.family_name.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Vorname(n)</source>
        <comment>fields.family_members.given_names.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Geburtsdatum</source>
        <comment>fields.family_members.date_of_birth.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Als TT.MM.JJJJ, zum Beispiel 24.03.1985.</source>
        <comment>fields.family_members.date_of_birth.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بصيغة DD.MM.YYYY (يوم.شهر.سنة)، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <comment>fields.family_members.relation.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>Ehegatte / Lebenspartner</source>
        <comment>fields.family_members.relation.options.spouse.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الزوج/الزوجة / الشريك المسجّل</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>fields.family_members.relation.options.child.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ابن/ابنة</translation>
    </message>
    <message>
        <source>Andere Person</source>
        <comment>fields.family_members.relation.options.other.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>E-Mail-Adresse</source>
        <comment>fields.email.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Für Rückfragen, freiwillig.</source>
        <comment>fields.email.help</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>للاستفسارات، اختياري.</translation>
    </message>
    <message>
        <source>Telefonnummer</source>
        <comment>fields.phone.label</comment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم الهاتف</translation>
    </message>
</context>
</TS>
