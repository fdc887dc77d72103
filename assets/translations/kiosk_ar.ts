<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Address</name>
    <message>
        <source>Street</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشارع</translation>
    </message>
    <message>
        <source>House number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المنزل</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المدينة</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>Check in for your appointment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>سجّل حضورك لموعدك</translation>
    </message>
    <message>
        <source>Hold the QR code of your appointment confirmation under the scanner, or type the code from the confirmation (for example 100044-57c2).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ضع رمز QR الموجود في تأكيد موعدك تحت الماسح الضوئي، أو اكتب الرمز الموجود في التأكيد (مثلاً 100044-57c2).</translation>
    </message>
    <message>
        <source>Code from your confirmation</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرمز الموجود في التأكيد</translation>
    </message>
    <message>
        <source>Check in</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تسجيل الحضور</translation>
    </message>
    <message>
        <source>One moment, please …</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لحظة من فضلك …</translation>
    </message>
    <message>
        <source>No appointment: take a waiting ticket</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بدون موعد: خذ رقم انتظار</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Which service do you need? You will get a waiting ticket.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ما الخدمة التي تحتاجها؟ ستحصل على رقم انتظار.</translation>
    </message>
    <message>
        <source>Your ticket is being printed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تتم طباعة تذكرتك.</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يرجى أخذ تذكرتك من الطابعة.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت طباعة التذكرة. يرجى تذكّر رقمك.</translation>
    </message>
    <message>
        <source>You are checked in. The display may take a few minutes to show it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم تسجيل حضورك. قد يستغرق ظهوره على الشاشة بضع دقائق.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Waiting ticket</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تذكرة انتظار</translation>
    </message>
    <message>
        <source>Your number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقمك</translation>
    </message>
    <message>
        <source>Counter area: {area}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>منطقة الانتظار: {area}</translation>
    </message>
    <message>
        <source>Your appointment: {time}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>موعدك: {time}</translation>
    </message>
    <message>
        <source>Please wait until your number is called on the screen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يرجى الانتظار حتى يُنادى رقمك على الشاشة.</translation>
    </message>
    <message>
        <source>This code does not match any of today&apos;s appointments. Please check it, or take a waiting ticket without an appointment.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هذا الرمز لا يطابق أيّاً من مواعيد اليوم. يرجى التحقق منه، أو خذ رقم انتظار بدون موعد.</translation>
    </message>
    <message>
        <source>This is not the code of an appointment confirmation. Please check it, or take a waiting ticket without an appointment.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هذا ليس رمز تأكيد موعد. يرجى التحقق منه، أو خذ رقم انتظار بدون موعد.</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Please wait until your number is called.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم تسجيل الحضور لهذا الموعد بالفعل. يرجى الانتظار حتى يُنادى رقمك.</translation>
    </message>
    <message>
        <source>Checking in is not possible at the moment. Please take a waiting ticket without an appointment or ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تسجيل الحضور غير ممكن حالياً. يرجى أخذ رقم انتظار بدون موعد أو السؤال عند الشباك.</translation>
    </message>
</context>
<context>
    <name>Cancel</name>
    <message>
        <source>Cancel the application?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هل تريدون إلغاء الطلب؟</translation>
    </message>
    <message>
        <source>Everything you entered is deleted, and the terminal starts again for the next person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>سيُحذف كل ما أدخلتموه، ويبدأ الجهاز من جديد للشخص التالي.</translation>
    </message>
    <message>
        <source>Yes, cancel and delete</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نعم، إلغاء وحذف</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا، متابعة</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>The card reader could not read the chip. Please try again, or type in your details. If it happens again, ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّر على قارئ البطاقات قراءة الشريحة. يُرجى المحاولة مرة أخرى، أو إدخال بياناتكم يدويًا. إذا تكرّر ذلك، فاطلبوا المساعدة من الموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>The card reader is not answering. Please type in your details, or ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>قارئ البطاقات لا يستجيب. يُرجى إدخال بياناتكم يدويًا، أو طلب المساعدة من الموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>The card reader service is not running. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>خدمة قارئ البطاقات لا تعمل. يُرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يوجد قارئ بطاقات موصول. يُرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>No document is lying on the card reader. Please place your ID card or passport on the reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا توجد وثيقة على قارئ البطاقات. يُرجى وضع بطاقة الهوية (Personalausweis) أو جواز السفر على القارئ.</translation>
    </message>
    <message>
        <source>The document was removed while it was being read. Please place it on the reader again and leave it there until the form is filled in.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُزيلت الوثيقة أثناء قراءتها. يُرجى وضعها على القارئ مرة أخرى وتركها عليه حتى يكتمل ملء النموذج.</translation>
    </message>
    <message>
        <source>This card is not an ID card, passport or residence permit with a chip. Please type in your details instead.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هذه البطاقة ليست بطاقة هوية أو جواز سفر أو تصريح إقامة (Aufenthaltstitel) مزوّدًا بشريحة. يُرجى إدخال بياناتكم يدويًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The chip did not accept the numbers entered. Please check the card access number or the document number and dates, and try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم تقبل الشريحة الأرقام المُدخلة. يُرجى التحقق من رقم الوصول إلى البطاقة أو من رقم الوثيقة والتواريخ، ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The chip of this document is blocked or suspended. Please type in your details, or ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شريحة هذه الوثيقة محظورة أو معلّقة. يُرجى إدخال بياناتكم يدويًا، أو طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>This card reader cannot read this document (it does not support extended-length commands). Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يستطيع قارئ البطاقات هذا قراءة هذه الوثيقة (لا يدعم الأوامر ذات الطول الممتد). يُرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>The document could not be read. Please place it on the reader again, or type in your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت قراءة الوثيقة. يُرجى وضعها على القارئ مرة أخرى، أو إدخال بياناتكم يدويًا.</translation>
    </message>
</context>
<context>
    <name>CardAccessPanel</name>
    <message>
        <source>ID card or residence permit</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بطاقة الهوية أو تصريح الإقامة</translation>
    </message>
    <message>
        <source>Passport</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>Document number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <source>Date of birth (DD.MM.YYYY)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد (DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>Date of expiry (DD.MM.YYYY)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الانتهاء (DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>Read the chip</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>قراءة الشريحة</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number. It is printed on the front of your ID card, bottom right.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم الوصول إلى البطاقة المكوّن من 6 أرقام. وهو مطبوع على الوجه الأمامي لبطاقة الهوية، في الأسفل على اليمين.</translation>
    </message>
    <message>
        <source>Please enter the document number and the two dates as printed on the photo page of your passport.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم الوثيقة والتاريخين كما هي مطبوعة في صفحة البيانات (صفحة الصورة) في جواز سفركم.</translation>
    </message>
    <message>
        <source>If your date of birth is printed with XX for the day or month, type XX there too.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إذا كان تاريخ ميلادك مطبوعًا بـ XX مكان اليوم أو الشهر، فاكتب XX هناك أيضًا.</translation>
    </message>
    <message>
        <source>The card access number has exactly 6 digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم الوصول إلى البطاقة مكوّن من 6 أرقام بالضبط.</translation>
    </message>
    <message>
        <source>Please enter the document number (letters and digits).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم الوثيقة (أحرف وأرقام).</translation>
    </message>
    <message>
        <source>Please enter the dates as DD.MM.YYYY, for example 24.03.1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال التواريخ بصيغة DD.MM.YYYY، مثلًا 24.03.1985.</translation>
    </message>
</context>
<context>
    <name>ChipCheck</name>
    <message>
        <source>Chip check (passive authentication): verified. The data read from the chip is signed by the issuing state.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>فحص الشريحة (المصادقة السلبية): تم التحقق. البيانات المقروءة من الشريحة موقعة من الدولة المُصدِرة.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): NOT verified. Please check the identity document in person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>فحص الشريحة (المصادقة السلبية): لم يتم التحقق. يرجى فحص وثيقة الهوية شخصيًا.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): not done, this terminal has no CSCA certificates configured. Please check the identity document in person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>فحص الشريحة (المصادقة السلبية): لم يُجرَ، لا توجد شهادات CSCA مُعدّة على هذه المحطة. يرجى فحص وثيقة الهوية شخصيًا.</translation>
    </message>
    <message>
        <source>The chip also proved that it is the document&apos;s original chip (chip authentication).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أثبتت الشريحة أيضًا أنها الشريحة الأصلية للوثيقة (مصادقة الشريحة).</translation>
    </message>
    <message>
        <source>The terminal has no revocation list of the issuing state: a revoked document signer would not have been noticed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا تملك المحطة قائمة إبطال للدولة المُصدِرة: لم يكن ليُلاحَظ مُوقِّع وثائق مُبطَل.</translation>
    </message>
    <message>
        <source>The chip holds no security data (EF.SOD).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا تحتوي الشريحة على بيانات أمان (EF.SOD).</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) could not be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذرت قراءة بيانات أمان الشريحة (EF.SOD).</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) is damaged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بيانات أمان الشريحة (EF.SOD) تالفة.</translation>
    </message>
    <message>
        <source>The data read from the chip does not match the chip&apos;s security data.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات المقروءة من الشريحة لا تطابق بيانات أمان الشريحة.</translation>
    </message>
    <message>
        <source>The signature of the chip&apos;s data is not valid.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>توقيع بيانات الشريحة غير صالح.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not in the terminal&apos;s store.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة الدولة المُصدِرة (CSCA) غير موجودة في مخزن المحطة.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not valid.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة الدولة المُصدِرة (CSCA) غير صالحة.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate is not valid today.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شهادة مُوقِّع الوثائق غير صالحة اليوم.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate has been revoked.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم إبطال شهادة مُوقِّع الوثائق.</translation>
    </message>
    <message>
        <source>The terminal cannot check this document&apos;s signature method.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا تستطيع المحطة فحص طريقة التوقيع لهذه الوثيقة.</translation>
    </message>
    <message>
        <source>The chip could not prove that it is the document&apos;s original chip (chip authentication).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم تتمكن الشريحة من إثبات أنها الشريحة الأصلية للوثيقة (مصادقة الشريحة).</translation>
    </message>
    <message>
        <source>The chip&apos;s key for chip authentication (EF.CardSecurity) could not be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذرت قراءة مفتاح الشريحة الخاص بمصادقة الشريحة (EF.CardSecurity).</translation>
    </message>
</context>
<context>
    <name>ChoiceSearch</name>
    <message>
        <source>Type to search the list</source>
        <translation>اكتب للبحث في القائمة</translation>
    </message>
    <message>
        <source>{count} more: type more letters to narrow the list</source>
        <translation>{count} أخرى: اكتب حروفًا أكثر لتضييق القائمة</translation>
    </message>
    <message>
        <source>Nothing found: type fewer letters</source>
        <translation>لم يتم العثور على شيء: اكتب حروفًا أقل</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a known key. Known keys here: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، المفتاح &apos;{key}&apos; غير معروف. المفاتيح المعروفة هنا: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a JSON {expected}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يكون &apos;{key}&apos; من نوع JSON {expected}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is missing. Add it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، المفتاح &apos;{key}&apos; مفقود. أضيفوه.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يتكوّن &apos;{key}&apos; من أحرف لاتينية صغيرة أو أرقام أو &apos;_&apos; أو &apos;-&apos;، وأن يبدأ بحرف.</translation>
    </message>
    <message>
        <source>In the form definition {path}, the id at &apos;{key}&apos; is used twice. Give each one its own id.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، المعرّف عند &apos;{key}&apos; مستخدم مرتين. أعطوا كل عنصر معرّفًا خاصًا به.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the German text alone (format 2); the translations belong in assets/translations/forms_*.ts. Run packaging/update-translations.sh.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يكون &apos;{key}&apos; النص الألماني وحده (الصيغة 2)؛ مكان الترجمات هو assets/translations/forms_*.ts. شغّلوا packaging/update-translations.sh.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a non-empty text.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يكون &apos;{key}&apos; نصًا غير فارغ.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at least {low}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب ألّا تقل قيمة &apos;{key}&apos; عن {low}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must equal the file name without &apos;.json&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يساوي &apos;{key}&apos; اسم الملف بدون &apos;.json&apos;.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a three-letter currency code such as EUR.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يكون &apos;{key}&apos; رمز عملة من ثلاثة أحرف مثل EUR.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least one entry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يحتوي &apos;{key}&apos; على عنصر واحد على الأقل.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be {low}: this kiosk reads no other version of the format.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن تكون قيمة &apos;{key}&apos; هي {low}: هذا الجهاز لا يقرأ أي إصدار آخر من الصيغة.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a SEPA creditor identifier such as DE98ZZZ09999999999.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يكون &apos;{key}&apos; معرّف دائن SEPA مثل DE98ZZZ09999999999.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of type iban of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يسمّي &apos;{key}&apos; حقلًا من نوع iban في هذا النموذج.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يسمّي &apos;{key}&apos; حقلًا في هذا النموذج.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name another field of the same group.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يسمّي &apos;{key}&apos; حقلًا آخر من المجموعة نفسها.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a date field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يسمّي &apos;{key}&apos; حقل تاريخ في هذا النموذج.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a number field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يسمّي &apos;{key}&apos; حقلًا رقميًا في هذا النموذج.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; names an unknown field type. Known types: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يسمّي &apos;{key}&apos; نوع حقل غير معروف. الأنواع المعروفة: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least two fields.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يذكر &apos;{key}&apos; حقلين على الأقل.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos;: a file field cannot be part of a repeated group. Ask for the file in a field of its own.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، &apos;{key}&apos;: لا يمكن أن يكون حقل الملف جزءًا من مجموعة متكررة. اطلبوا الملف في حقل مستقل.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a valid regular expression ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، &apos;{key}&apos; ليس تعبيرًا نمطيًا صالحًا ({error}).</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يكون &apos;{key}&apos; إحدى القيم التالية: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the value of one of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يكون &apos;{key}&apos; قيمة أحد الخيارات.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}, each at most once.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب أن يكون &apos;{key}&apos; من القيم التالية، كل منها مرة واحدة على الأكثر: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at most {high}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، يجب ألّا تزيد قيمة &apos;{key}&apos; عن {high}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; may list only images (image/jpeg, image/png) for a photo.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في تعريف النموذج {path}، لا يجوز أن يحتوي &apos;{key}&apos; لصورة شخصية إلا على صيغ صور (image/jpeg، image/png).</translation>
    </message>
    <message>
        <source>The form definition {path} is not valid JSON ({error}). Fix the line named in the error.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعريف النموذج {path} ليس JSON صالحًا ({error}). صحّحوا السطر المذكور في رسالة الخطأ.</translation>
    </message>
    <message>
        <source>The form definition {path} cannot be read ({error}). Check that it exists and is UTF-8 text.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت قراءة تعريف النموذج {path} ({error}). تحقّقوا من وجود الملف ومن أنه نص بترميز UTF-8.</translation>
    </message>
    <message>
        <source>No card terminal is configured: set &apos;payment_terminal&apos; in the settings file, or give --terminal HOST:PORT.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم يُعدّ أي جهاز دفع بالبطاقة: اضبطوا &apos;payment_terminal&apos; في ملف الإعدادات، أو استخدموا --terminal HOST:PORT.</translation>
    </message>
    <message>
        <source>The settings file {path} is not valid TOML ({error}). Fix the line named in the error, or remove the file to use the defaults.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ملف الإعدادات {path} ليس TOML صالحًا ({error}). صحّحوا السطر المذكور في رسالة الخطأ، أو احذفوا الملف لاستخدام القيم الافتراضية.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({error}). Check that it exists and that the kiosk user may read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت قراءة ملف الإعدادات {path} ({error}). تحقّقوا من وجود الملف ومن أن مستخدم الجهاز يملك صلاحية قراءته.</translation>
    </message>
    <message>
        <source>The settings file {path} does not exist. Give the path of an existing file, or leave out --config to use the defaults.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ملف الإعدادات {path} غير موجود. حدّدوا مسار ملف موجود، أو احذفوا الخيار --config لاستخدام القيم الافتراضية.</translation>
    </message>
    <message>
        <source>Give the path of the terminal&apos;s kiosk.toml.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أدخل مسار ملف kiosk.toml الخاص بالجهاز.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} does not match the published schema ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإعداد &apos;{key}&apos; في {path} لا يطابق المخطط المنشور ({error}).</translation>
    </message>
    <message>
        <source>Put the file or directory there, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ضع الملف أو المجلد هناك، أو صحّح الإعداد.</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;): {problem}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مخزن CSCA {path} (الإعداد &apos;csca_dir&apos;): {problem}</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;) holds no CSCA certificate: no document chip can be verified.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يحتوي مخزن CSCA {path} (الإعداد &apos;csca_dir&apos;) على أي شهادة CSCA: لا يمكن التحقق من أي شريحة وثيقة.</translation>
    </message>
    <message>
        <source>Put the CSCA certificates, their CRLs and the master lists there; a master list also needs the setting &apos;csca_master_list_anchor&apos; with the certificate its signer was issued by.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ضع شهادات CSCA وقوائم إبطالها والقوائم الرئيسية هناك؛ تحتاج القائمة الرئيسية أيضًا إلى الإعداد &apos;csca_master_list_anchor&apos; مع الشهادة التي أصدرت شهادة مُوقِّعها.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos; in {path}. Known settings: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إعداد غير معروف &apos;{key}&apos; في {path}. الإعدادات المعروفة: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a whole number from {low} to {high}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;{key}&apos; في {path} عددًا صحيحًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a non-empty text in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;{key}&apos; في {path} نصًا غير فارغ بين علامتَي تنصيص.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a file path in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;{key}&apos; في {path} مسار ملف بين علامتَي تنصيص.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a directory path in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;{key}&apos; في {path} مسار مجلد بين علامتَي تنصيص.</translation>
    </message>
    <message>
        <source>Setting &apos;languages&apos; in {path} must be a list taken from: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;languages&apos; في {path} قائمة من القيم التالية: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a table of a form id and its destination&apos;s id (a UUID) in quotes, e.g. {example}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;{key}&apos; في {path} جدولًا من معرّف النموذج ومعرّف نقطة التسليم الخاصة به (UUID) بين علامتي اقتباس، مثل {example}.</translation>
    </message>
    <message>
        <source>In {path}, &apos;idle_warning_s&apos; must be shorter than &apos;idle_timeout_s&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في {path}، يجب أن تكون قيمة &apos;idle_warning_s&apos; أقل من &apos;idle_timeout_s&apos;.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal&apos; in {path} must be the card terminal&apos;s address as &quot;host:port&quot;, e.g. &quot;192.168.1.20:20007&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;payment_terminal&apos; في {path} عنوان جهاز الدفع بالبطاقة بالشكل &quot;host:port&quot;، مثلًا &quot;192.168.1.20:20007&quot;.</translation>
    </message>
    <message>
        <source>Write it like this: {example}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اكتبه هكذا: {example}</translation>
    </message>
    <message>
        <source>Remove the line, or correct the name: did you mean &apos;{close}&apos;?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>احذف السطر أو صحّح الاسم: هل تقصد &apos;{close}&apos;؟</translation>
    </message>
    <message>
        <source>Remove the line: this version of the kiosk has no such setting (docs/configuration.md lists them).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>احذف السطر: لا يوجد مثل هذا الإعداد في هذا الإصدار من الكشك (القائمة في docs/configuration.md).</translation>
    </message>
    <message>
        <source>Correct that line: texts in double quotes, numbers without, lists in [ ], one setting per line.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صحّح هذا السطر: النصوص بين علامتي تنصيص مزدوجتين، والأرقام بدونها، والقوائم بين [ ]، وإعداد واحد في كل سطر.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 text (in the editor: Save as, encoding UTF-8).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>احفظ الملف كنص UTF-8 (في المحرر: حفظ باسم، الترميز UTF-8).</translation>
    </message>
    <message>
        <source>Write [kiosk] on a line of its own and the settings on the lines below it, or leave [kiosk] out altogether.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اكتب [kiosk] في سطر مستقل والإعدادات في الأسطر التي تليه، أو احذف [kiosk] تمامًا.</translation>
    </message>
    <message>
        <source>Move the line below [kiosk].</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>انقل السطر إلى ما تحت [kiosk].</translation>
    </message>
    <message>
        <source>Check that the file exists and that the kiosk user may read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تحقق من وجود الملف ومن أن مستخدم الكشك يستطيع قراءته.</translation>
    </message>
    <message>
        <source>Set these together: {keys}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اضبط هذه معًا: {keys}.</translation>
    </message>
    <message>
        <source>The settings file {path} is not UTF-8 text (a character such as ü or ß was saved in another encoding).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ملف الإعدادات {path} ليس نص UTF-8 (حُفظ حرف مثل ü أو ß بترميز آخر).</translation>
    </message>
    <message>
        <source>In {path}, &apos;kiosk&apos; must be the table [kiosk] that holds the settings, not a value.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في {path} يجب أن يكون &apos;kiosk&apos; الجدول [kiosk] الذي يحتوي الإعدادات، لا قيمة.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} is outside the [kiosk] table, where the kiosk does not read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإعداد &apos;{key}&apos; في {path} خارج الجدول [kiosk]، حيث لا يقرؤه الكشك.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be one of: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;{key}&apos; في {path} واحدًا من: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be an address that starts with {schemes}, e.g. {example}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;{key}&apos; في {path} عنوانًا يبدأ بـ {schemes}، مثلًا {example}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} names {unknown}, which this kiosk does not offer. Services: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإعداد &apos;{key}&apos; في {path} يذكر {unknown}، وهي خدمة لا يقدمها هذا الجهاز. الخدمات: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal_password&apos; in {path} must be the terminal&apos;s six-digit password, e.g. &quot;000000&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;payment_terminal_password&apos; في {path} كلمة مرور جهاز الدفع المكوّنة من ستة أرقام، مثلًا &quot;000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;destination_id&apos; in {path} must be the destination&apos;s id (Zustellpunkt-ID) as FIT-Connect&apos;s self-service portal shows it, a UUID such as &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;destination_id&apos; في {path} معرّف نقطة التسليم (Zustellpunkt-ID) كما تعرضه بوابة الخدمة الذاتية في FIT-Connect، أي UUID مثل &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;fitconnect_region&apos; in {path} must be an Amtlicher Regionalschlüssel with DE in front, e.g. &quot;DE073350000000&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;fitconnect_region&apos; في {path} مفتاحًا إقليميًا رسميًا (Amtlicher Regionalschlüssel) يبدأ بـ DE، مثل &quot;DE073350000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;payee_iban&apos; in {path} is not an IBAN. Write it as on the office&apos;s bank statement, e.g. &quot;DE02120300000000202051&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإعداد &apos;payee_iban&apos; في {path} ليس IBAN. اكتبوه كما يظهر في كشف حساب الجهة الإدارية، مثلًا &quot;DE02120300000000202051&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} holds the PIN itself. Nobody may read it there: run &apos;buergerbuero config pin&apos;, give the PIN twice, and write the line it prints instead.</source>
        <translation>الإعداد &apos;staff_pin&apos; في {path} يحتوي على رمز PIN نفسه. يجب ألا يستطيع أحد قراءته هناك: شغّل &apos;buergerbuero config pin&apos; وأدخل الرمز مرتين، ثم اكتب السطر الذي يطبعه بدلاً منه.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} is not a PIN hash as &apos;buergerbuero config pin&apos; prints it (&quot;$scrypt$ln=…&quot;). Run it again and copy the whole line.</source>
        <translation>الإعداد &apos;staff_pin&apos; في {path} ليس تجزئة لرمز PIN كما يطبعها &apos;buergerbuero config pin&apos; (&quot;$scrypt$ln=…&quot;). شغّله مرة أخرى وانسخ السطر كاملاً.</translation>
    </message>
    <message>
        <source>In {path}, &apos;payee_iban&apos; needs &apos;payee_name&apos; (the account holder, as the bank knows it).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في {path}، يتطلب &apos;payee_iban&apos; وجود &apos;payee_name&apos; أيضًا (صاحب الحساب كما هو مسجّل لدى البنك).</translation>
    </message>
    <message>
        <source>In {path}, sending with FIT-Connect tokens needs all of fitconnect_token_url, fitconnect_client_id and fitconnect_client_secret_file.</source>
        <translation>في {path}، يتطلب الإرسال باستخدام رموز FIT-Connect جميع الإعدادات: fitconnect_token_url وfitconnect_client_id وfitconnect_client_secret_file.</translation>
    </message>
    <message>
        <source>In {path}, the appointment check-in needs all of appointment_url, appointment_scope, appointment_workstation_key and appointment_ticketprinter_hash.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في {path}، يحتاج تسجيل حضور المواعيد إلى كل من appointment_url وappointment_scope وappointment_workstation_key وappointment_ticketprinter_hash.</translation>
    </message>
    <message>
        <source>Setting &apos;receipt_printer&apos; in {path} must be &quot;cups://QUEUE&quot; or &quot;escpos://HOST:PORT&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الإعداد &apos;receipt_printer&apos; في {path} بالشكل &quot;cups://QUEUE&quot; أو &quot;escpos://HOST:PORT&quot;.</translation>
    </message>
    <message>
        <source>In {path}, paying by phone needs all of xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id and xbezahl_client_secret.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في {path}، يتطلب الدفع بالهاتف المحمول جميع الإعدادات التالية: xbezahl_url وxbezahl_originator_id وxbezahl_endpoint_id وxbezahl_client_id وxbezahl_client_secret.</translation>
    </message>
    <message>
        <source>The escrow key {path} cannot be read ({error}). Ask the technician to check the setting &apos;escrow_cert&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت قراءة مفتاح الضمان {path} ({error}). اطلبوا من الفني التحقق من الإعداد &apos;escrow_cert&apos;.</translation>
    </message>
    <message>
        <source>This device has no signing certificate of the office. Ask the technician to enroll it: &apos;buergerbuero signature enroll request&apos;, then &apos;signature enroll install&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يملك هذا الجهاز شهادة توقيع صادرة عن الجهة الإدارية. اطلبوا من الفني تسجيله: &apos;buergerbuero signature enroll request&apos;، ثم &apos;signature enroll install&apos;.</translation>
    </message>
    <message>
        <source>The signing certificate {path} cannot be used ({why}). Ask the technician to enroll this device with the office CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن استخدام شهادة التوقيع {path} ({why}). اطلبوا من الفني تسجيل هذا الجهاز لدى سلطة الشهادات (CA) التابعة للجهة الإدارية.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Card reading is not installed on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>قراءة بطاقات الهوية غير مثبّتة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>خدمة قارئ البطاقات لا تعمل.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يوجد قارئ بطاقات موصول.</translation>
    </message>
    <message>
        <source>No scan has arrived yet. Place the document on the scanner, start the scan, then tap &apos;Take from scanner&apos; again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم يصل أي مسح ضوئي بعد. ضعوا الوثيقة على الماسح الضوئي وابدؤوا المسح، ثم انقروا مرة أخرى على «أخذ من الماسح».</translation>
    </message>
    <message>
        <source>The scan is still arriving. Please wait a moment, then tap &apos;Take from scanner&apos; again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ما زال المسح الضوئي قيد الوصول. يُرجى الانتظار قليلًا، ثم النقر مرة أخرى على «أخذ من الماسح».</translation>
    </message>
    <message>
        <source>The scanner cannot be used right now. Please hand the document in at the counter, or ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن استخدام الماسح الضوئي حاليًا. يُرجى تسليم الوثيقة عند الشبّاك، أو طلب المساعدة من الموظفين.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Previous page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Larger</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>The document to sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الوثيقة المطلوب توقيعها</translation>
    </message>
    <message>
        <source>Scroll through the document</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التمرير عبر الوثيقة</translation>
    </message>
    <message>
        <source>Move the page sideways</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تحريك الصفحة أفقيًا</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الصفحة {page} من {count}</translation>
    </message>
</context>
<context>
    <name>Eid</name>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, have your ID card read at the card reader, or have it checked at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>وظيفة الهوية الإلكترونية (Online-Ausweisfunktion) غير متاحة حاليًا. يمكنكم بدلًا من ذلك إدخال بياناتكم يدويًا، أو قراءة بطاقة الهوية بقارئ البطاقات، أو التحقق منها عند الشبّاك.</translation>
    </message>
    <message>
        <source>The online ID function stopped with an error. Please type in your details instead, or ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>توقفت وظيفة الهوية الإلكترونية بسبب خطأ. يُرجى إدخال بياناتكم يدويًا بدلًا من ذلك، أو طلب المساعدة من الموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>Please enter your 6-digit PIN.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم PIN المكوّن من 6 أرقام.</translation>
    </message>
    <message>
        <source>Please enter your current PIN (or the 5-digit transport PIN from your PIN letter).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم PIN الحالي (أو رقم PIN المؤقت المكوّن من 5 أرقام من رسالة PIN).</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number (CAN) printed on the front of your ID card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم الوصول إلى البطاقة (CAN) المكوّن من 6 أرقام والمطبوع على الوجه الأمامي لبطاقة الهوية.</translation>
    </message>
    <message>
        <source>Your PIN is blocked. Please enter the 10-digit PUK from your PIN letter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم PIN الخاص بكم محظور. يُرجى إدخال رقم PUK المكوّن من 10 أرقام من رسالة PIN.</translation>
    </message>
    <message>
        <source>Please choose a new 6-digit PIN.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى اختيار رقم PIN جديد مكوّن من 6 أرقام.</translation>
    </message>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, or have your ID card checked at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>وظيفة الهوية الإلكترونية (Online-Ausweisfunktion) غير متاحة حاليًا. يمكنكم بدلًا من ذلك إدخال بياناتكم يدويًا، أو التحقق من بطاقة الهوية عند الشبّاك.</translation>
    </message>
    <message>
        <source>Online ID function</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>وظيفة الهوية الإلكترونية</translation>
    </message>
    <message>
        <source>Connecting to the online ID function…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ الاتصال بوظيفة الهوية الإلكترونية…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Allow</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>السماح</translation>
    </message>
    <message>
        <source>Type in my details</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إدخال بياناتي يدويًا</translation>
    </message>
    <message>
        <source>Read my ID card at the reader</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>قراءة بطاقة هويتي بالقارئ</translation>
    </message>
    <message>
        <source>Have my ID checked at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التحقق من هويتي عند الشبّاك</translation>
    </message>
    <message>
        <source>{provider} asks to read the following data from your ID card ({purpose}):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تطلب الجهة {provider} قراءة البيانات التالية من بطاقة هويتكم ({purpose}):</translation>
    </message>
    <message>
        <source>Do you agree?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هل توافقون؟</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى الانتظار…</translation>
    </message>
    <message>
        <source>That was not accepted. Please check the number of digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم يُقبل الإدخال. يُرجى التحقق من عدد الأرقام.</translation>
    </message>
    <message>
        <source>The PIN was wrong. Attempts left: {count}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم PIN غير صحيح. المحاولات المتبقية: {count}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Please enter the number on the card reader&apos;s keypad.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال الرقم على لوحة مفاتيح قارئ البطاقات.</translation>
    </message>
    <message>
        <source>Please place your ID card on the card reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى وضع بطاقة الهوية على قارئ البطاقات.</translation>
    </message>
    <message>
        <source>The online function of this ID card is blocked or switched off. The citizens&apos; office can unblock it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الوظيفة الإلكترونية لبطاقة الهوية هذه محظورة أو معطّلة. يستطيع مكتب خدمة المواطنين (Bürgerbüro) تفعيلها.</translation>
    </message>
    <message>
        <source>Please wait… ({percent} %)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى الانتظار… ({percent} %)</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم تأكيد الهوية</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function. Please check and complete your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم تأكيد هويتكم بواسطة وظيفة الهوية الإلكترونية. يُرجى مراجعة بياناتكم وإكمالها.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Online ID function not available</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>وظيفة الهوية الإلكترونية غير متاحة</translation>
    </message>
    <message>
        <source>The online ID function stopped</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>توقفت وظيفة الهوية الإلكترونية</translation>
    </message>
</context>
<context>
    <name>EidRights</name>
    <message>
        <source>Family name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Given names</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأسماء الأولى</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم الميلاد</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لقب الدكتوراه</translation>
    </message>
    <message>
        <source>Religious or artistic name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الاسم الديني أو الفني</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكان الميلاد</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Document type</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نوع الوثيقة</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدولة المُصدِرة</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صالح حتى</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اسم مستعار</translation>
    </message>
    <message>
        <source>Age verification</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التحقق من العمر</translation>
    </message>
    <message>
        <source>Address verification</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التحقق من مكان السكن</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رمز البلدية</translation>
    </message>
    <message>
        <source>Residence permit I</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تصريح الإقامة I</translation>
    </message>
    <message>
        <source>Residence permit II</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تصريح الإقامة II</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong on this terminal. Your data has not been lost. Please ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>حدث خطأ في هذا الجهاز. لم تُفقد بياناتكم. يُرجى طلب المساعدة من الموظفين عند الشبّاك.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Very dissatisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>غير راضٍ إطلاقًا</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>غير راضٍ</translation>
    </message>
    <message>
        <source>Neither</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>محايد</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>راضٍ</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>راضٍ جدًا</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المدة التي استغرقها</translation>
    </message>
    <message>
        <source>Understanding the questions</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>فهم الأسئلة</translation>
    </message>
    <message>
        <source>Identifying myself</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إثبات هويتي</translation>
    </message>
    <message>
        <source>Paying the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>دفع الرسوم</translation>
    </message>
    <message>
        <source>Using the screen</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>استخدام الشاشة</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شيء آخر</translation>
    </message>
    <message>
        <source>How satisfied are you with this terminal?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ما مدى رضاك عن هذا الجهاز؟</translation>
    </message>
    <message>
        <source>Optional and anonymous: one tap is enough.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اختياري ومجهول الهوية: لمسة واحدة تكفي.</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ما الأهم بالنسبة لك؟</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شكرًا لك على رأيك.</translation>
    </message>
    <message>
        <source>Your entries have been deleted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم حذف ما أدخلته.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا</translation>
    </message>
    <message>
        <source>A current passport photo in portrait format, as for an identity card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صورة شخصية حديثة بالشكل الطولي، كما في بطاقة الهوية.</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أقل</translation>
    </message>
    <message>
        <source>More</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أكثر</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(اختياري)</translation>
    </message>
    <message>
        <source>(choose all that apply)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(اختاروا كل ما ينطبق)</translation>
    </message>
    <message>
        <source>Format: DD.MM.YYYY</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الصيغة: DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>Reading the scan…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ قراءة المسح الضوئي…</translation>
    </message>
    <message>
        <source>Take from scanner</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أخذ من الماسح</translation>
    </message>
    <message>
        <source>I will hand it in at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>سأسلّمها عند الشبّاك</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>Please give the document to the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى تسليم الوثيقة للموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>This terminal has no scanner. Tap &apos;I will hand it in at the counter&apos; and give the document to the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يوجد ماسح ضوئي في هذا الجهاز. انقروا على «سأسلّمها عند الشبّاك» وسلّموا الوثيقة للموظفين.</translation>
    </message>
    <message>
        <source>To replace it, scan again and tap &apos;Take from scanner&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لاستبدالها، امسحوا الوثيقة مرة أخرى وانقروا على «أخذ من الماسح».</translation>
    </message>
    <message>
        <source>Place the document on the scanner and start the scan. Then tap &apos;Take from scanner&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ضعوا الوثيقة على الماسح الضوئي وابدؤوا المسح. ثم انقروا على «أخذ من الماسح».</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>To be handed in at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تُسلَّم عند الشبّاك</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>{name} ({kind}, {size})</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{name} ({kind}، {size})</translation>
    </message>
</context>
<context>
    <name>Footer</name>
    <message>
        <source>Back</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{currency} {units}.{cents}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{units}.{cents} {currency}</translation>
    </message>
    <message>
        <source>thousands separator: ,</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>فاصل الآلاف: ,</translation>
    </message>
    <message>
        <source>{whole}.{tenth} MB</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{whole}.{tenth} MB</translation>
    </message>
</context>
<context>
    <name>GroupInput</name>
    <message>
        <source>+ Add an entry</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>+ إضافة إدخال</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإدخال {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove entry {number}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إزالة الإدخال {number}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Help</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Help: call a member of staff</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مساعدة: استدعاء موظف</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>خط أصغر</translation>
    </message>
    <message>
        <source>Larger text (now {percent} %)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>خط أكبر (الآن {percent} %)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الخطوة {current} من {total}</translation>
    </message>
    <message>
        <source>Language: {language}. Choose another language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اللغة: {language}. اختيار لغة أخرى</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Staff could not be called from here. Please ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّر استدعاء الموظفين من هنا. يرجى السؤال عند الشبّاك.</translation>
    </message>
    <message>
        <source>Staff are being called…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ استدعاء الموظفين…</translation>
    </message>
    <message>
        <source>Staff have been told. Someone will come to you. Please wait here: what you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم إبلاغ الموظفين. سيأتي إليكم أحدهم. يرجى الانتظار هنا: ما أدخلتموه يبقى محفوظًا.</translation>
    </message>
    <message>
        <source>Please ask at the counter. What you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يرجى السؤال عند الشبّاك. ما أدخلتموه يبقى محفوظًا.</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>حسنًا</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who is applying?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>من يقدّم الطلب؟</translation>
    </message>
    <message>
        <source>You apply in your own name and identify yourself with your own document. To apply for another person, please ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تقدّم الطلب باسمك وتُثبت هويتك بوثيقتك الخاصة. لتقديم طلب لشخص آخر يُرجى التوجّه إلى الشبّاك.</translation>
    </message>
    <message>
        <source>Do you have your ID card, passport or residence permit with you? Lay it on the card reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هل تحملون بطاقة الهوية (Personalausweis) أو جواز السفر أو تصريح الإقامة (Aufenthaltstitel)؟ ضعوه على قارئ البطاقات.</translation>
    </message>
    <message>
        <source>Place ID card on reader</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ضعوا الهوية على القارئ</translation>
    </message>
    <message>
        <source>Please type in your details as they appear on your ID card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال بياناتكم كما تظهر في بطاقة هويتكم.</translation>
    </message>
    <message>
        <source>Sign in with the online ID function</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدخول بالهوية الإلكترونية</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم تأكيد هويتكم بواسطة وظيفة الهوية الإلكترونية.</translation>
    </message>
    <message>
        <source>Please lay your document on the card reader now. Reading starts by itself.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى وضع وثيقتكم على قارئ البطاقات الآن. تبدأ القراءة تلقائيًا.</translation>
    </message>
    <message>
        <source>Reading the chip… Please leave the document on the reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ قراءة الشريحة… يُرجى ترك الوثيقة على القارئ.</translation>
    </message>
    <message>
        <source>Checking the access number with the chip…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ التحقق من رقم الوصول مع الشريحة…</translation>
    </message>
    <message>
        <source>Reading your details from the chip…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ قراءة بياناتكم من الشريحة…</translation>
    </message>
    <message>
        <source>Your details were read from the chip. Please check them; you can still correct them.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تمت قراءة بياناتكم من الشريحة. يُرجى مراجعتها؛ لا يزال بإمكانكم تصحيحها.</translation>
    </message>
    <message>
        <source>The document could not be read. Please type in your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت قراءة الوثيقة. يُرجى إدخال بياناتكم يدويًا.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Your document does not give your full date of birth: 00 stands for the day or month it leaves open. Please complete the date if you know it, or leave it as it is.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يتضمن مستندك تاريخ ميلادك كاملاً: يشير 00 إلى اليوم أو الشهر غير المذكور فيه. يُرجى إكمال التاريخ إذا كنت تعرفه، أو تركه كما هو.</translation>
    </message>
    <message>
        <source>Please check the year of birth: the document gives only its last two digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى التحقق من سنة الميلاد: لا يتضمن المستند سوى آخر رقمين منها.</translation>
    </message>
    <message>
        <source>The date of birth could not be read from the document. Please type it in.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت قراءة تاريخ الميلاد من المستند. يُرجى إدخاله يدويًا.</translation>
    </message>
    <message>
        <source>Your document gives no family name. If you have one, please enter it; if you have only one name, please ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يتضمن مستندك اسم عائلة. إذا كان لديك اسم عائلة، فيُرجى إدخاله؛ وإذا كان لديك اسم واحد فقط، فيُرجى طلب المساعدة من الموظفين.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Do you need more time?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هل تحتاجون إلى مزيد من الوقت؟</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نعم، وقت إضافي</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>
            <numerusform>حمايةً لخصوصيتكم، تنتهي هذه الجلسة بعد %n ثانية ويُحذف كل ما أدخلتموه.</numerusform>
            <numerusform>حمايةً لخصوصيتكم، تنتهي هذه الجلسة بعد %n ثانية ويُحذف كل ما أدخلتموه.</numerusform>
            <numerusform>حمايةً لخصوصيتكم، تنتهي هذه الجلسة بعد %n ثانيتين ويُحذف كل ما أدخلتموه.</numerusform>
            <numerusform>حمايةً لخصوصيتكم، تنتهي هذه الجلسة بعد %n ثوانٍ ويُحذف كل ما أدخلتموه.</numerusform>
            <numerusform>حمايةً لخصوصيتكم، تنتهي هذه الجلسة بعد %n ثانية ويُحذف كل ما أدخلتموه.</numerusform>
            <numerusform>حمايةً لخصوصيتكم، تنتهي هذه الجلسة بعد %n ثانية ويُحذف كل ما أدخلتموه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Saving…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of a language, written in that language (Deutsch, Türkçe, العربية, …): the welcome screen&apos;s buttons, the header&apos;s language button, the keyboard&apos;s language key.</extracomment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Englisch</source>
        <extracomment>The name of a language in German, the office&apos;s language (Englisch, Türkisch, Arabisch, …): the application PDF says in which language the citizen made the application. Each language&apos;s file gives its own name in German; the source is English&apos;s German name.</extracomment>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اختاروا لغتكم</translation>
    </message>
    <message>
        <source>What you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ما أدخلتموه يبقى محفوظًا.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard: {language}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لوحة المفاتيح: {language}</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>حذف الحرف الأخير</translation>
    </message>
    <message>
        <source>Next field</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الحقل التالي</translation>
    </message>
    <message>
        <source>Letters</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أحرف</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إخفاء لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Shift: capital letter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Shift: حرف كبير</translation>
    </message>
    <message>
        <source>More characters (AltGr)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رموز إضافية (AltGr)</translation>
    </message>
    <message>
        <source>Space</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Digits</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أرقام</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>This terminal is out of service</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هذا الجهاز خارج الخدمة</translation>
    </message>
    <message>
        <source>Please go to the counter. The staff will gladly help you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يرجى التوجه إلى الشباك. سيساعدك الموظفون بكل سرور.</translation>
    </message>
    <message>
        <source>For the technician: {problem}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>للفني: {problem}</translation>
    </message>
    <message>
        <source>({count} more in the kiosk&apos;s log)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>({count} أخرى في سجل الكشك)</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <source>Application</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Application made in: {language}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لغة تقديم الطلب: {language}</translation>
    </message>
    <message>
        <source>Case number (Vorgangsnummer)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المعاملة (Vorgangsnummer)</translation>
    </message>
    <message>
        <source>Please quote it in any enquiry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى ذكره في أي استفسار.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرسوم</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأساس القانوني: {basis}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإعفاء أو التخفيض ممكن في الحالات التالية: {list}</translation>
    </message>
    <message>
        <source>Paid: {method}, {amount} (transaction {transaction})</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مدفوع: {method}، {amount} (المعاملة {transaction})</translation>
    </message>
    <message>
        <source>Not paid yet: the fee is due at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم تُدفع بعد: الرسوم مستحقة عند الشبّاك.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا توجد رسوم للدفع.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدفع بالتحويل البنكي قيد الانتظار.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تُدفع عند الشبّاك.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: {exemption} (to be checked at the counter).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طُلب الإعفاء من الرسوم: {exemption} (يُتحقَّق منه عند الشبّاك).</translation>
    </message>
    <message>
        <source>card at the terminal</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بالبطاقة على جهاز الدفع</translation>
    </message>
    <message>
        <source>online (paypage)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عبر الإنترنت (صفحة الدفع)</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بتحويل بنكي</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عند الشبّاك</translation>
    </message>
    <message>
        <source>exemption</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إعفاء</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مرجع الدفع (Kassenzeichen): {reference}</translation>
    </message>
    <message>
        <source>I declare that the information given is correct and complete.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُقرّ بأن المعلومات المقدَّمة صحيحة وكاملة.</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration above</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>توقيع مقدّم الطلب: يؤكد الإقرار أعلاه</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المكان، التاريخ</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration and the application {vorgangsnummer}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>توقيع مقدّم الطلب: يؤكد الإقرار والطلب {vorgangsnummer}</translation>
    </message>
    <message>
        <source>At the counter: the applicant confirms this application in person, after the staff checked the identity (signed on the counter tablet; name, place and time appear with the signature)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عند الشبّاك: يؤكد مقدّم الطلب هذا الطلب شخصيًا بعد أن تحقّق الموظفون من هويته (وُقِّع على جهاز التوقيع اللوحي عند الشبّاك؛ يظهر الاسم والمكان والوقت مع التوقيع)</translation>
    </message>
    <message>
        <source>Signature at the counter: the applicant confirms the application {vorgangsnummer} in person</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع عند الشبّاك: يؤكد مقدّم الطلب الطلب {vorgangsnummer} شخصيًا</translation>
    </message>
    <message>
        <source>You sign: {title} · case number {vorgangsnummer} · {pages} · fee {fee}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أنتم توقّعون: {title} · رقم المعاملة {vorgangsnummer} · {pages} · الرسوم {fee}</translation>
    </message>
    <message>
        <source>the answers on pages 1 to {last}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات في الصفحات من 1 إلى {last}</translation>
    </message>
    <message>
        <source>the answers on page 1</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>البيانات في الصفحة 1</translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تفويض الخصم المباشر SEPA (SEPA-Lastschriftmandat)</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الجهة المستفيدة</translation>
    </message>
    <message>
        <source>Creditor identifier</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>معرّف الدائن</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مرجع التفويض</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صاحب الحساب</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>The signature below also signs this mandate (a recurrent mandate is not given: it is for this fee only).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع أدناه يشمل هذا التفويض أيضًا (ليس تفويضًا متكررًا: إنه لهذه الرسوم فقط).</translation>
    </message>
    <message>
        <source>Submitted at self-service terminal {terminal}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>قُدِّم عبر جهاز الخدمة الذاتية {terminal}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Source: identity document chip</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المصدر: شريحة وثيقة الهوية</translation>
    </message>
    <message>
        <source>Source: typed in</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المصدر: إدخال يدوي</translation>
    </message>
    <message>
        <source>For the office</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>للجهة الإدارية</translation>
    </message>
    <message>
        <source>Attached to this PDF file: {name}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مرفق بملف PDF هذا: {name}</translation>
    </message>
    <message>
        <source>The image cannot be shown here.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن عرض الصورة هنا.</translation>
    </message>
</context>
<context>
    <name>PairingCodePanel</name>
    <message>
        <source>For staff</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>للموظفين</translation>
    </message>
    <message>
        <source>For staff: hold to show the pairing code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>للموظفين: اضغطوا مطوّلًا لعرض رمز الاقتران</translation>
    </message>
    <message>
        <source>For staff: hold the button for two seconds to show the pairing code for the counter workstation.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>للموظفين: اضغطوا على الزر لمدة ثانيتين لعرض رمز الاقتران الخاص بمحطة العمل عند الشبّاك.</translation>
    </message>
    <message>
        <source>Pairing code for the counter workstation</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رمز الاقتران لمحطة العمل عند الشبّاك</translation>
    </message>
    <message>
        <source>Hide code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إخفاء الرمز</translation>
    </message>
    <message>
        <source>Forget paired workstations</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نسيان محطات العمل المقترنة</translation>
    </message>
    <message>
        <source>Enter it at the workstation. It hides itself in {seconds} s.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أدخلوه في محطة العمل. سيختفي بعد {seconds} ث.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>The card terminal cannot be reached at the moment. Please choose another way to pay, or pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن الوصول إلى جهاز الدفع بالبطاقة حاليًا. يُرجى اختيار طريقة دفع أخرى، أو الدفع عند الشبّاك.</translation>
    </message>
    <message>
        <source>The connection to the card terminal was lost. Your card has not been charged twice; please wait a moment while the terminal is checked.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>انقطع الاتصال بجهاز الدفع بالبطاقة. لم يُخصم المبلغ من بطاقتكم مرتين؛ يُرجى الانتظار قليلًا ريثما يتم فحص الجهاز.</translation>
    </message>
    <message>
        <source>The card terminal did not answer in time. Please try again or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم يستجب جهاز الدفع بالبطاقة في الوقت المحدد. يُرجى المحاولة مرة أخرى أو اختيار طريقة دفع أخرى.</translation>
    </message>
    <message>
        <source>The card terminal is busy. Please wait a moment and try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جهاز الدفع بالبطاقة مشغول. يُرجى الانتظار قليلًا ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The card terminal sent an answer this terminal cannot use. Please choose another way to pay, or ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أرسل جهاز الدفع بالبطاقة ردًا لا يستطيع هذا الجهاز استخدامه. يُرجى اختيار طريقة دفع أخرى، أو سؤال الموظفين.</translation>
    </message>
    <message>
        <source>The payment was declined. Your card has not been charged. Please try again with another card or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رُفضت عملية الدفع. لم يُخصم أي مبلغ من بطاقتكم. يُرجى المحاولة ببطاقة أخرى أو اختيار طريقة دفع أخرى.</translation>
    </message>
    <message>
        <source>The card could not be read. Please insert it again (chip first) or hold it flat on the terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت قراءة البطاقة. يُرجى إدخالها مرة أخرى (الشريحة أولًا) أو تقريبها بشكل مستوٍ من جهاز الدفع.</translation>
    </message>
    <message>
        <source>The payment was cancelled (the card was removed, or nothing happened for too long). Your card has not been charged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُلغيت عملية الدفع (أُخرجت البطاقة، أو لم يحدث شيء لمدة طويلة). لم يُخصم أي مبلغ من بطاقتكم.</translation>
    </message>
    <message>
        <source>The PIN was not correct. Your card has not been charged. Please try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم PIN غير صحيح. لم يُخصم أي مبلغ من بطاقتكم. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This card has expired or is not yet valid. Please use another card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هذه البطاقة منتهية الصلاحية أو ليست سارية بعد. يُرجى استخدام بطاقة أخرى.</translation>
    </message>
    <message>
        <source>This card is not accepted here. Please use another card or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هذه البطاقة غير مقبولة هنا. يُرجى استخدام بطاقة أخرى أو اختيار طريقة دفع أخرى.</translation>
    </message>
    <message>
        <source>The card terminal has a fault. Your card has not been charged. Please choose another way to pay, or ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في جهاز الدفع بالبطاقة عطل. لم يُخصم أي مبلغ من بطاقتكم. يُرجى اختيار طريقة دفع أخرى، أو سؤال الموظفين.</translation>
    </message>
    <message>
        <source>The receipt printer is not ready, so the card terminal cannot take payments now. Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طابعة الإيصالات غير جاهزة، لذا لا يستطيع جهاز الدفع قبول المدفوعات الآن. يُرجى اختيار طريقة دفع أخرى.</translation>
    </message>
    <message>
        <source>Please insert, tap or swipe your card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال البطاقة أو تقريبها أو تمريرها.</translation>
    </message>
    <message>
        <source>Please enter your PIN on the card terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم PIN على جهاز الدفع بالبطاقة.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى الانتظار…</translation>
    </message>
    <message>
        <source>Please remove your card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إخراج بطاقتكم.</translation>
    </message>
    <message>
        <source>Connecting to the bank…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ الاتصال بالبنك…</translation>
    </message>
    <message>
        <source>Payment approved.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تمت الموافقة على الدفع.</translation>
    </message>
    <message>
        <source>Payment not approved.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم تتم الموافقة على الدفع.</translation>
    </message>
    <message>
        <source>Please choose the card application on the terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى اختيار تطبيق البطاقة على جهاز الدفع.</translation>
    </message>
    <message>
        <source>We could not confirm whether your card was charged. Your application is saved. Please do not pay again: the staff will check the card terminal and tell you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّر علينا التأكد مما إذا كان المبلغ قد خُصم من بطاقتكم. طلبكم محفوظ. يُرجى عدم الدفع مرة أخرى: سيتحقق الموظفون من جهاز الدفع ويُبلغونكم.</translation>
    </message>
    <message>
        <source>The card terminal is still checking an earlier payment. Please choose another way to pay, or pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ما زال جهاز الدفع بالبطاقة يتحقق من عملية دفع سابقة. يُرجى اختيار طريقة دفع أخرى، أو الدفع عند الشبّاك.</translation>
    </message>
    <message>
        <source>The payment record of this terminal cannot be written. Nothing was charged; please pay at the counter and tell the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن كتابة سجل الدفع في هذا الجهاز. لم يُخصم أي مبلغ؛ يُرجى الدفع عند الشبّاك وإبلاغ الموظفين.</translation>
    </message>
    <message>
        <source>Paying by phone is not possible at the moment (no connection to the payment platform). Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدفع بالهاتف المحمول غير ممكن حاليًا (لا يوجد اتصال بمنصة الدفع). يُرجى اختيار طريقة دفع أخرى.</translation>
    </message>
    <message>
        <source>The payment platform did not accept the payment. Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم تقبل منصة الدفع عملية الدفع. يُرجى اختيار طريقة دفع أخرى.</translation>
    </message>
    <message>
        <source>The payment on your phone was not completed. Nothing was charged. Please try again or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم تكتمل عملية الدفع على هاتفكم. لم يُخصم أي مبلغ. يُرجى المحاولة مرة أخرى أو اختيار طريقة دفع أخرى.</translation>
    </message>
    <message>
        <source>Checking the receipt printer…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ فحص طابعة الإيصالات…</translation>
    </message>
    <message>
        <source>Please follow the instructions on the card terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى اتباع التعليمات على جهاز الدفع بالبطاقة.</translation>
    </message>
    <message>
        <source>Connecting to the payment platform…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ الاتصال بمنصة الدفع…</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone and pay there. This screen continues by itself.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>امسحوا رمز QR بهاتفكم وادفعوا من خلاله. تنتقل هذه الشاشة تلقائيًا.</translation>
    </message>
    <message>
        <source>Scan the code with your banking app, or transfer to: {name}, IBAN {iban}, reference {reference}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>امسحوا الرمز بتطبيق البنك، أو حوّلوا المبلغ إلى: {name}، IBAN {iban}، المرجع {reference}.</translation>
    </message>
    <message>
        <source>Your card payment is being checked. Please do not pay again; ask at the counter if you are unsure.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجري التحقق من دفعكم بالبطاقة. يُرجى عدم الدفع مرة أخرى؛ اسألوا عند الشبّاك إذا لم تكونوا متأكدين.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Paying the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>دفع الرسوم</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرسوم: {amount}</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الأساس القانوني: {basis}</translation>
    </message>
    <message>
        <source>Pay by card at the terminal (girocard, credit card, contactless)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدفع بالبطاقة على الجهاز (girocard، بطاقة ائتمان، دون تلامس)</translation>
    </message>
    <message>
        <source>Pay on your phone (QR code)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدفع بالهاتف (رمز QR)</translation>
    </message>
    <message>
        <source>Pay by bank transfer (QR code for your banking app)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدفع بالتحويل البنكي (رمز QR لتطبيق البنك)</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدفع عند الشبّاك</translation>
    </message>
    <message>
        <source>I am exempt from the fee: {reason}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لديّ إعفاء من الرسوم: {reason}</translation>
    </message>
    <message>
        <source>Choose another way to pay</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اختيار طريقة دفع أخرى</translation>
    </message>
    <message>
        <source>Pay by card anyway (receipt on the screen)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدفع بالبطاقة رغم ذلك (الإيصال على الشاشة)</translation>
    </message>
    <message>
        <source>I will transfer the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>سأحوّل الرسوم</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رمز QR لصفحة الدفع</translation>
    </message>
    <message>
        <source>QR code for your banking app</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رمز QR لتطبيق البنك</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The outbox in {path} cannot be opened ({error}). Check the disk; &apos;buergerbuero queue status&apos; shows what it holds.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن فتح صندوق الصادر في {path} ({error}). افحص القرص؛ يعرض &apos;buergerbuero queue status&apos; محتواه.</translation>
    </message>
    <message>
        <source>The data directory {path} cannot be used ({error}). Check that it is a directory the kiosk user may write to, on a disk with free space (setting &apos;data_dir&apos;).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن استخدام مجلد البيانات {path} ({error}). تحقق من أنه مجلد يستطيع مستخدم الكشك الكتابة فيه، على قرص فيه مساحة فارغة (الإعداد &apos;data_dir&apos;).</translation>
    </message>
    <message>
        <source>The file {path} of the setting &apos;{key}&apos; cannot be read ({error}). Put the file there, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن قراءة الملف {path} الخاص بالإعداد &apos;{key}&apos; ({error}). ضع الملف هناك أو صحّح الإعداد.</translation>
    </message>
    <message>
        <source>The directory {path} of the setting &apos;{key}&apos; cannot be used ({error}). Create it, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن استخدام المجلد {path} الخاص بالإعداد &apos;{key}&apos; ({error}). أنشئه أو صحّح الإعداد.</translation>
    </message>
    <message>
        <source>The terminal&apos;s self-check could not run ({error}). See the kiosk&apos;s log (journalctl -u buergerbuero).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّر تشغيل الفحص الذاتي للجهاز ({error}). راجع سجل الكشك (journalctl -u buergerbuero).</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt printer is not ready (no paper, or switched off). Your receipt is shown on the screen; please photograph the QR code.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طابعة الإيصالات غير جاهزة (لا يوجد ورق، أو أنها مطفأة). يُعرض إيصالكم على الشاشة؛ يُرجى تصوير رمز QR.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. It is shown on the screen; please photograph the QR code.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت طباعة الإيصال. وهو معروض على الشاشة؛ يُرجى تصوير رمز QR.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إيصال</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التاريخ: {date}</translation>
    </message>
    <message>
        <source>Reference number (Vorgangsnummer):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم المعاملة (Vorgangsnummer):</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرسوم: {amount}</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مرجع الدفع (Kassenzeichen): {reference}</translation>
    </message>
    <message>
        <source>Paid: {method}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مدفوع: {method}</translation>
    </message>
    <message>
        <source>Not paid yet: please pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم تُدفع بعد: يُرجى الدفع عند الشبّاك.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا توجد رسوم للدفع.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الدفع بالتحويل البنكي قيد الانتظار.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تُدفع عند الشبّاك.</translation>
    </message>
    <message>
        <source>Fee exemption claimed; please bring your proof to the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طُلب الإعفاء من الرسوم؛ يُرجى إحضار الإثبات إلى الشبّاك.</translation>
    </message>
    <message>
        <source>card</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بالبطاقة</translation>
    </message>
    <message>
        <source>online payment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إلكترونيًا</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>بتحويل بنكي</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عند الشبّاك</translation>
    </message>
    <message>
        <source>exemption</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إعفاء</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>What happens next: your application is sent to the citizens&apos; office. With the reference number above the office can tell you how far it is. Please keep this receipt.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ما يحدث بعد ذلك: يُرسَل طلبك إلى مكتب المواطنين. بواسطة رقم المعاملة أعلاه يمكن للمكتب أن يخبرك بمرحلة طلبك. يُرجى الاحتفاظ بهذا الإيصال.</translation>
    </message>
    <message>
        <source>Please transfer the fee within 14 days, with the payment reference above.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى تحويل الرسوم خلال 14 يومًا، مع ذكر مرجع الدفع المذكور أعلاه.</translation>
    </message>
    <message>
        <source>Card payment receipt (customer copy):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إيصال الدفع بالبطاقة (نسخة العميل):</translation>
    </message>
    <message>
        <source>Your receipt has been printed: please take it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تمت طباعة إيصالكم: يُرجى أخذه.</translation>
    </message>
    <message>
        <source>The fee has been paid. Thank you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم دفع الرسوم. شكرًا لكم.</translation>
    </message>
    <message>
        <source>Please transfer the fee with the payment reference {reference}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى تحويل الرسوم مع ذكر مرجع الدفع (Kassenzeichen) {reference}.</translation>
    </message>
    <message>
        <source>Please pay the fee at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى دفع الرسوم عند الشبّاك.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: please bring your proof to the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طُلب الإعفاء من الرسوم: يُرجى إحضار الإثبات إلى الشبّاك.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>QR code of your reference number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رمز QR لرقم معاملتكم</translation>
    </message>
    <message>
        <source>Thank you! Your application has been received.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شكرًا لكم! تم استلام طلبكم.</translation>
    </message>
    <message>
        <source>Your reference number (Vorgangsnummer):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>رقم معاملتكم (Vorgangsnummer):</translation>
    </message>
    <message>
        <source>Please note the number or photograph the QR code. With this number the citizens&apos; office can tell you how far your application is.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يرجى تدوين الرقم أو تصوير رمز QR. بهذا الرقم يستطيع مكتب خدمة المواطنين (Bürgerbüro) إخباركم بمرحلة طلبكم.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>More time</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>وقت إضافي</translation>
    </message>
    <message>
        <source>Accepted by the citizens&apos; office.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>قبِله مكتب خدمة المواطنين (Bürgerbüro).</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>
            <numerusform>تُغلق هذه الشاشة خلال %n ثانية.</numerusform>
            <numerusform>تُغلق هذه الشاشة خلال %n ثانية.</numerusform>
            <numerusform>تُغلق هذه الشاشة خلال %n ثانيتين.</numerusform>
            <numerusform>تُغلق هذه الشاشة خلال %n ثوانٍ.</numerusform>
            <numerusform>تُغلق هذه الشاشة خلال %n ثانية.</numerusform>
            <numerusform>تُغلق هذه الشاشة خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the citizens&apos; office.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُرسل إلى مكتب خدمة المواطنين (Bürgerbüro).</translation>
    </message>
    <message>
        <source>Saved on this terminal. The office could not accept it automatically; the staff will take care of it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>حُفظ على هذا الجهاز. لم يتمكن المكتب من قبوله تلقائيًا؛ سيتولى الموظفون أمره.</translation>
    </message>
    <message>
        <source>Saved on this terminal. It will be sent automatically as soon as the network is available.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>حُفظ على هذا الجهاز. سيُرسَل تلقائيًا فور توفر الشبكة.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Please check your details</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى مراجعة بياناتكم</translation>
    </message>
    <message>
        <source>If something is wrong, tap &apos;Change&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إذا كان هناك خطأ، فانقروا على «تعديل».</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Change: {section}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعديل: {section}</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرسوم: {amount}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإعفاء أو التخفيض ممكن في الحالات التالية: {list}</translation>
    </message>
    <message>
        <source>Continue to signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>متابعة إلى التوقيع</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <source>Next</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التالي</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What would you like to apply for?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ما الخدمة التي تريدون طلبها؟</translation>
    </message>
    <message>
        <source>Tap a service. Services marked &apos;at the counter&apos; are not yet offered on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>انقروا على إحدى الخدمات. الخدمات المُشار إليها بعبارة «عند الشبّاك» غير متوفرة بعد على هذا الجهاز.</translation>
    </message>
    <message>
        <source>For every service you need your ID card, passport or residence permit.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تحتاج لكل خدمة إلى بطاقة الهوية أو جواز السفر أو تصريح الإقامة.</translation>
    </message>
    <message>
        <source>{service} — at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{service} — عند الشبّاك</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرسوم: {amount}</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مجاناً</translation>
    </message>
    <message>
        <source>You also need: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تحتاج أيضاً إلى: {list}</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Please sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى التوقيع في المربع بإصبعكم أو بالقلم.</translation>
    </message>
    <message>
        <source>The signature is too small. Please sign across the box as you would on paper.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع صغير جدًا. يُرجى التوقيع على امتداد المربع كما تفعلون على الورق.</translation>
    </message>
    <message>
        <source>A straight line is not a signature. Please sign with your name as you would on paper.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الخط المستقيم ليس توقيعًا. يُرجى التوقيع باسمكم كما تفعلون على الورق.</translation>
    </message>
    <message>
        <source>Handwritten signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>توقيع بخط اليد</translation>
    </message>
    <message>
        <source>{path} holds no office CA (ca.crt). Create one with &apos;buergerbuero signature ca create {path}&apos; or import the city&apos;s CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يحتوي {path} على سلطة شهادات (CA) خاصة بالجهة الإدارية (ca.crt). أنشئوا واحدة باستخدام &apos;buergerbuero signature ca create {path}&apos; أو استوردوا سلطة الشهادات الخاصة بالمدينة.</translation>
    </message>
    <message>
        <source>The office CA in {path} was imported without its key: the city&apos;s CA signs the device requests. Send it {csr}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>استُوردت سلطة الشهادات (CA) الخاصة بالجهة الإدارية في {path} بدون مفتاحها: سلطة شهادات المدينة هي التي توقّع طلبات الأجهزة. أرسلوا إليها {csr}.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate request ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} ليس طلب شهادة قابلًا للقراءة ({error}).</translation>
    </message>
    <message>
        <source>This key already has a certificate (serial {serial}, {device}). Every device needs its own key: run &apos;signature enroll request&apos; on the new device.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لهذا المفتاح شهادة بالفعل (الرقم التسلسلي {serial}، {device}). يحتاج كل جهاز إلى مفتاح خاص به: شغّلوا &apos;signature enroll request&apos; على الجهاز الجديد.</translation>
    </message>
    <message>
        <source>No certificate with serial {serial} was issued by this CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم تُصدر سلطة الشهادات هذه أي شهادة بالرقم التسلسلي {serial}.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} ليس شهادة قابلة للقراءة ({error}).</translation>
    </message>
    <message>
        <source>The certificate {path} was not issued for this device&apos;s key. Install the certificate the CA issued for this device&apos;s request.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم تُصدر الشهادة {path} لمفتاح هذا الجهاز. ثبّتوا الشهادة التي أصدرتها سلطة الشهادات بناءً على طلب هذا الجهاز.</translation>
    </message>
    <message>
        <source>The certificate {path} is not a device certificate of the office ({why}). Ask the technician to issue one with the office CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الشهادة {path} ليست شهادة جهاز صادرة عن الجهة الإدارية ({why}). اطلبوا من الفني إصدار شهادة بواسطة سلطة الشهادات الخاصة بالجهة الإدارية.</translation>
    </message>
    <message>
        <source>This device has no signing key yet. Run &apos;buergerbuero signature enroll request&apos; first.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يملك هذا الجهاز مفتاح توقيع بعد. شغّلوا أولًا &apos;buergerbuero signature enroll request&apos;.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يجب أن يكون الدور إحدى القيم التالية: {roles}.</translation>
    </message>
    <message>
        <source>Pages were added or removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُضيفت صفحات أو أُزيلت بعد إجراء التوقيع في &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>The page was changed after the signature in &apos;{field}&apos; was made: page {page} content.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم تغيير الصفحة بعد إجراء التوقيع في &apos;{field}&apos;: محتوى الصفحة {page}.</translation>
    </message>
    <message>
        <source>Something that shows on page {page} (an annotation) was added or changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُضيف أو تغيّر شيء ظاهر في الصفحة {page} (تعليق توضيحي) بعد إجراء التوقيع في &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>A field the document did not plan was added after the signature in &apos;{field}&apos; was made: &apos;{name}&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُضيف حقل لم يكن مخططًا له في الوثيقة بعد إجراء التوقيع في &apos;{field}&apos;: &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُزيل الحقل &apos;{name}&apos; بعد إجراء التوقيع في &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was filled in or changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مُلئ الحقل &apos;{name}&apos; أو تغيّر بعد إجراء التوقيع في &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>Signature &apos;{name}&apos; was removed or replaced after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُزيل التوقيع &apos;{name}&apos; أو استُبدل بعد إجراء التوقيع في &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>An embedded file was added, replaced or removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُضيف ملف مضمَّن أو استُبدل أو أُزيل بعد إجراء التوقيع في &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>The document&apos;s structure ({part}) was changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تغيّرت بنية الوثيقة ({part}) بعد إجراء التوقيع في &apos;{field}&apos;.</translation>
    </message>
    <message>
        <source>The document cannot be compared with what the signature in &apos;{field}&apos; covers ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن مقارنة الوثيقة بما يشمله التوقيع في &apos;{field}&apos; ({error}).</translation>
    </message>
    <message>
        <source>The signing token ({token} in {module}) cannot be used ({error}). Ask the technician to check the token, its PIN file and the settings &apos;signing_pkcs11_*&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن استخدام رمز التوقيع ({token} في {module}) ({error}). اطلبوا من الفني التحقق من الرمز وملف PIN الخاص به والإعدادات &apos;signing_pkcs11_*&apos;.</translation>
    </message>
    <message>
        <source>No trust anchor was given: without the office&apos;s CA certificate (--trust DIR or the setting &apos;trust_dir&apos;) no signature can be called trusted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم يُحدَّد أي مرتكز ثقة: بدون شهادة سلطة الشهادات (CA) الخاصة بالجهة الإدارية (--trust DIR أو الإعداد &apos;trust_dir&apos;) لا يمكن اعتبار أي توقيع موثوقًا.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الملف ليس PDF قابلًا للقراءة ({error}).</translation>
    </message>
    <message>
        <source>The PDF carries no signature.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يحمل ملف PDF أي توقيع.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was removed after it was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُزيل التوقيع في &apos;{field}&apos; بعد إجرائه.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is malformed and cannot be checked: {error}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع في &apos;{field}&apos; مشوّه البنية ولا يمكن التحقق منه: {error}.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; no longer matches the document: the signed bytes were changed after signing.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع في &apos;{field}&apos; لم يعد مطابقًا للوثيقة: تم تغيير البايتات الموقّعة بعد التوقيع.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not a valid signature of its certificate&apos;s key.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع في &apos;{field}&apos; ليس توقيعًا صالحًا لمفتاح شهادته.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; leaves part of its revision unsigned (its /ByteRange does not cover the file).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع في &apos;{field}&apos; يترك جزءًا من نسخته دون توقيع (/ByteRange الخاص به لا يغطي الملف).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a key the office does not know ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُجري التوقيع في &apos;{field}&apos; بمفتاح لا تعرفه الجهة الإدارية ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a device whose certificate the office revoked ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُجري التوقيع في &apos;{field}&apos; بجهاز ألغت الجهة الإدارية شهادته ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is expired or not yet valid ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُجري التوقيع في &apos;{field}&apos; بشهادة منتهية الصلاحية أو ليست سارية بعد ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; cannot be checked for revocation: the office&apos;s revocation list (CRL) is missing from the trust store or out of date ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن التحقق من إلغاء التوقيع في &apos;{field}&apos;: قائمة الإلغاء (CRL) الخاصة بالجهة الإدارية مفقودة من مخزن الثقة أو قديمة ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is no device certificate of the office: {why} ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُجري التوقيع في &apos;{field}&apos; بشهادة ليست شهادة جهاز صادرة عن الجهة الإدارية: {why} ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not trusted ({why}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع في &apos;{field}&apos; غير موثوق ({why}).</translation>
    </message>
    <message>
        <source>The timestamp of the signature in &apos;{field}&apos; cannot be trusted ({why}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن الوثوق بالطابع الزمني للتوقيع في &apos;{field}&apos; ({why}).</translation>
    </message>
    <message>
        <source>The document was changed after the signature in &apos;{field}&apos; in a way its lock does not allow ({level}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تغيّرت الوثيقة بعد التوقيع في &apos;{field}&apos; بطريقة لا يسمح بها قفلها ({level}).</translation>
    </message>
    <message>
        <source>The first signature (&apos;{field}&apos;) sets no lock (DocMDP or FieldMDP): later changes to the document would not be restricted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع الأول (&apos;{field}&apos;) لا يضع أي قفل (DocMDP أو FieldMDP): لن تكون التغييرات اللاحقة على الوثيقة مقيّدة.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; has no biometric container.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يحتوي التوقيع في &apos;{field}&apos; على حاوية بيومترية.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; was changed after signing.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تغيّرت الحاوية البيومترية لـ &apos;{field}&apos; بعد التوقيع.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; is damaged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الحاوية البيومترية لـ &apos;{field}&apos; تالفة.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to field &apos;{other}&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الحاوية البيومترية لـ &apos;{field}&apos; تعود إلى الحقل &apos;{other}&apos;.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to a different document.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الحاوية البيومترية لـ &apos;{field}&apos; تعود إلى وثيقة أخرى.</translation>
    </message>
    <message>
        <source>Refused: the document is not intact or not trusted, so its pen data is not evidence: {reasons}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مرفوض: الوثيقة غير سليمة أو غير موثوقة، لذا فإن بيانات القلم فيها ليست دليلًا: {reasons}</translation>
    </message>
    <message>
        <source>Handwritten signature at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>توقيع بخط اليد عند الشبّاك</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <source>Please sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى التوقيع</translation>
    </message>
    <message>
        <source>I confirm that my details are correct and complete. Sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُقرّ بأن بياناتي صحيحة وكاملة. وقّعوا في المربع بإصبعكم أو بالقلم.</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مسح والتوقيع من جديد</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إرسال الطلب</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Voice output cannot be played: no audio player (aplay) is installed on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن تشغيل الإخراج الصوتي: لا يوجد مشغّل صوت (aplay) مثبّت على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Voice output cannot be played: the terminal&apos;s sound output is not working. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن تشغيل الإخراج الصوتي: مخرج الصوت في هذا الجهاز لا يعمل. يُرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>Voice output is not installed on this terminal (espeak-ng is missing).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإخراج الصوتي غير مثبّت على هذا الجهاز (espeak-ng غير موجود).</translation>
    </message>
    <message>
        <source>Voice output is not available in this language.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإخراج الصوتي غير متوفر بهذه اللغة.</translation>
    </message>
    <message>
        <source>Your entry</source>
        <extracomment>Said instead of a private value when no headset is plugged in.</extracomment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ما أدخلتموه</translation>
    </message>
    <message>
        <source>Voice output failed. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعطّل الإخراج الصوتي. يُرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>selected</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>محدَّد</translation>
    </message>
    <message>
        <source>not selected</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>غير محدَّد</translation>
    </message>
    <message>
        <source>Choices: {options}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الخيارات: {options}.</translation>
    </message>
    <message>
        <source>Your details are read aloud only through a headset. Connect a headset to hear them.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا تُقرأ بياناتكم بصوت عالٍ إلا عبر سماعة رأس. صِلوا سماعة رأس لسماعها.</translation>
    </message>
    <message>
        <source>Voice output is on.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإخراج الصوتي مفعّل.</translation>
    </message>
    <message>
        <source>Headset connected. Voice output is on, and your details are read aloud too.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>سماعة الرأس موصولة. الإخراج الصوتي مفعّل، وتُقرأ بياناتكم أيضًا بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Headset removed. Your details are no longer read aloud.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أُزيلت سماعة الرأس. لم تعد بياناتكم تُقرأ بصوت عالٍ.</translation>
    </message>
    <message>
        <source>Volume {level} of {max}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مستوى الصوت {level} من {max}</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Repeat</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تكرار</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إيقاف القراءة</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صوت أخفض</translation>
    </message>
    <message>
        <source>Louder</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>صوت أعلى</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إيقاف الصوت</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Reading the outbox…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>جارٍ قراءة صندوق الصادر…</translation>
    </message>
    <message>
        <source>Waiting: {queued} · Sending: {sending} · Sent: {sent} · Failed: {failed} · Oldest waiting: {minutes} min</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>في الانتظار: {queued} · قيد الإرسال: {sending} · أُرسلت: {sent} · فشلت: {failed} · أقدم طلب منتظر: {minutes} د</translation>
    </message>
    <message>
        <source>Staff: applications on this terminal</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الموظفون: الطلبات على هذا الجهاز</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إعادة إرسال الفاشلة</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>مغادرة الكشك</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>رمز PIN للموظفين</translation>
    </message>
    <message>
        <source>Technicians: the staff PIN ends the kiosk.</source>
        <translation>للفنيين: رمز PIN للموظفين يُنهي الكشك.</translation>
    </message>
    <message>
        <source>The kiosk can be left only with a staff PIN in the site configuration (staff_pin).</source>
        <translation>لا يمكن مغادرة الكشك إلا برمز PIN للموظفين في إعدادات الموقع (staff_pin).</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>رمز PIN خاطئ.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a few minutes and try again.</source>
        <translation>عدد كبير جداً من رموز PIN الخاطئة. يرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The outbox cannot be read: {error}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت قراءة صندوق الصادر: {error}</translation>
    </message>
    <message>
        <source>Failed applications (kept on this terminal):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الطلبات الفاشلة (محفوظة على هذا الجهاز):</translation>
    </message>
    <message>
        <source>No failed applications.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا توجد طلبات فاشلة.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>The statistics file {path} cannot be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن قراءة ملف الإحصاءات {path}.</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>Terminal figures</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أرقام الجهاز</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}, terminal {terminal}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الجلسات من {first} إلى {last}، الجهاز {terminal}</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا توجد جلسات في هذه الفترة.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Completed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>متروكة</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نسبة الإكمال</translation>
    </message>
    <message>
        <source>Satisfaction (mean of {count} answers, 1 to 5)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرضا (متوسط {count} إجابة، من 1 إلى 5)</translation>
    </message>
    <message>
        <source>Median minutes of a completed session</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الوسيط بالدقائق لجلسة مكتملة</translation>
    </message>
    <message>
        <source>Median seconds until the office confirmed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الوسيط بالثواني حتى تأكيد المكتب</translation>
    </message>
    <message>
        <source>Where abandoned sessions stopped</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>أين توقفت الجلسات المتروكة</translation>
    </message>
    <message>
        <source>Seconds per step: {service}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الثواني لكل خطوة: {service}</translation>
    </message>
    <message>
        <source>Median</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>المئين التسعون</translation>
    </message>
    <message>
        <source>Satisfaction: answers per face</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الرضا: الإجابات لكل وجه</translation>
    </message>
    <message>
        <source>Identification methods (completed sessions)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طرق إثبات الهوية (الجلسات المكتملة)</translation>
    </message>
    <message>
        <source>Payment methods (completed sessions)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>طرق الدفع (الجلسات المكتملة)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>No personal data: no names, answers or reference numbers, times only to the hour.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا بيانات شخصية: لا أسماء ولا إجابات ولا أرقام معاملات، والأوقات بالساعة فقط.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The terminal&apos;s signing key cannot be read ({error}). Ask the technician to check the disk and the settings &apos;signing_key&apos; and &apos;signing_cert&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت قراءة مفتاح التوقيع الخاص بهذا الجهاز ({error}). اطلبوا من الفني التحقق من القرص ومن الإعدادين &apos;signing_key&apos; و&apos;signing_cert&apos;.</translation>
    </message>
    <message>
        <source>The application could not be saved on this terminal. Please try again; if it happens again, ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّر حفظ الطلب على هذا الجهاز. يُرجى المحاولة مرة أخرى؛ وإذا تكرّر ذلك، فاطلبوا المساعدة من الموظفين.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>There is no outbox in {path}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يوجد صندوق صادر في {path}.</translation>
    </message>
    <message>
        <source>The storage key of this terminal cannot be used. Applications cannot be saved or sent until a technician has checked the terminal. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن استخدام مفتاح التخزين الخاص بهذا الجهاز. لا يمكن حفظ الطلبات أو إرسالها حتى يفحص فني الجهاز. يُرجى مراجعة الموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>A saved application on this terminal cannot be read (it is damaged or was saved with another key). Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّرت قراءة طلب محفوظ على هذا الجهاز (إنه تالف أو حُفظ بمفتاح آخر). يُرجى مراجعة الموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>This application could not be saved on the terminal. Nothing you saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّر حفظ هذا الطلب على الجهاز. لم يُفقد أي شيء حفظتموه من قبل. يُرجى مراجعة الموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be opened. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّر فتح مخزن الطلبات على هذا الجهاز. لم يُفقد أي شيء حُفظ من قبل. يُرجى مراجعة الموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be used at the moment. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن استخدام مخزن الطلبات على هذا الجهاز حاليًا. لم يُفقد أي شيء حُفظ من قبل. يُرجى مراجعة الموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>This terminal is not allowed to send to the central case system at the moment (its access was refused). The application is kept safely on this terminal. Please ask a technician.</source>
        <translation>لا يُسمح لهذا الجهاز حاليًا بالإرسال إلى النظام المركزي للمعاملات (رُفض الوصول). يبقى الطلب محفوظًا بأمان على هذا الجهاز. يُرجى مراجعة فني.</translation>
    </message>
    <message>
        <source>The central case system cannot be reached at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن الوصول إلى النظام المركزي للمعاملات حاليًا. يبقى الطلب محفوظًا بأمان على هذا الجهاز وسيُرسَل تلقائيًا.</translation>
    </message>
    <message>
        <source>The central case system is busy at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>النظام المركزي للمعاملات مشغول حاليًا. يبقى الطلب محفوظًا بأمان على هذا الجهاز وسيُرسَل تلقائيًا.</translation>
    </message>
    <message>
        <source>The connection to the central case system is not trusted (its certificate could not be verified). Nothing is sent. The application is kept safely on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الاتصال بالنظام المركزي للمعاملات غير موثوق (تعذّر التحقق من شهادته). لن يُرسَل أي شيء. يبقى الطلب محفوظًا بأمان على هذا الجهاز. يُرجى مراجعة فني.</translation>
    </message>
    <message>
        <source>The central case system did not accept the application (error {status}). The application is kept on this terminal. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم يقبل النظام المركزي للمعاملات الطلب (الخطأ {status}). يبقى الطلب محفوظًا على هذا الجهاز. يُرجى مراجعة الموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>The encryption key of the central case system was refused: it does not meet the security requirements. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تم رفض مفتاح التشفير الخاص بالنظام المركزي للمعاملات: فهو لا يستوفي متطلبات الأمان. لم يتم إرسال أي شيء؛ ويبقى الطلب محفوظًا على هذا الجهاز. يرجى طلب المساعدة من فني.</translation>
    </message>
    <message>
        <source>The answer of the central case system could not be verified. The application is kept safely on this terminal and will be checked again automatically.</source>
        <translation>تعذّر التحقق من ردّ النظام المركزي للمعاملات. يبقى الطلب محفوظًا بأمان على هذا الجهاز وسيُتحقَّق منه مجددًا تلقائيًا.</translation>
    </message>
    <message>
        <source>This application cannot be sent to the case system in its present form. It is kept on this terminal. Please ask the staff at the counter.</source>
        <translation>لا يمكن إرسال هذا الطلب إلى نظام المعاملات بشكله الحالي. يبقى الطلب محفوظًا على هذا الجهاز. يُرجى مراجعة الموظفين عند الشبّاك.</translation>
    </message>
    <message>
        <source>The central case system&apos;s destination does not take this kind of application. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>نقطة التسليم في نظام معالجة الملفات المركزي لا تقبل هذا النوع من الطلبات. لم يُرسل أي شيء؛ الطلب محفوظ على هذا الجهاز. يُرجى التوجه إلى فني.</translation>
    </message>
</context>
<context>
    <name>Tablet</name>
    <message>
        <source>The tablet cannot listen on {host}, port {port} ({error}). Another program may use the port: stop it, or choose another port with --port.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يستطيع الجهاز اللوحي الاستماع على {host}، المنفذ {port} ({error}). ربما يستخدم برنامج آخر المنفذ: أوقفه أو اختر منفذًا آخر باستخدام --port.</translation>
    </message>
    <message>
        <source>The TLS certificate {cert} or its key {key} cannot be used ({error}). Give the PEM files with --tls-cert and --tls-key (the key matching the certificate).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن استخدام شهادة TLS {cert} أو مفتاحها {key} ({error}). حدّد ملفات PEM باستخدام --tls-cert و--tls-key (المفتاح المطابق للشهادة).</translation>
    </message>
</context>
<context>
    <name>TabletWindow</name>
    <message>
        <source>Signing at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع عند الشبّاك</translation>
    </message>
    <message>
        <source>The clerk sends the document here. You can read it first and then sign it with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يرسل الموظف المختص الوثيقة إلى هنا. يمكنكم قراءتها أولًا ثم توقيعها بإصبعكم أو بالقلم.</translation>
    </message>
    <message>
        <source>Please sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى التوقيع</translation>
    </message>
    <message>
        <source>Read the document. Then sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>اقرؤوا الوثيقة. ثم وقّعوا في المربع بإصبعكم أو بالقلم.</translation>
    </message>
    <message>
        <source>Signature box</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مربع التوقيع</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عدم التوقيع</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مسح والتوقيع من جديد</translation>
    </message>
    <message>
        <source>Confirm signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تأكيد التوقيع</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الوثيقة المطلوب توقيعها</translation>
    </message>
    <message>
        <source>Thank you. The signed document is being prepared…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شكرًا لكم. جارٍ إعداد الوثيقة الموقّعة…</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>توقيعكم</translation>
    </message>
    <message>
        <source>Signature {n} of {total}: {field}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>التوقيع {n} من {total}: {field}</translation>
    </message>
    <message>
        <source>This signature goes on page {page} of the document.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يوضع هذا التوقيع في الصفحة {page} من الوثيقة.</translation>
    </message>
    <message>
        <source>Thank you. Your signature is with the clerk now.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>شكرًا لكم. توقيعكم الآن لدى الموظف المختص.</translation>
    </message>
    <message>
        <source>The document was not signed. The clerk has been told.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لم تُوقَّع الوثيقة. تم إبلاغ الموظف المختص.</translation>
    </message>
    <message>
        <source>The clerk has taken the document back.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>استعاد الموظف المختص الوثيقة.</translation>
    </message>
    <message>
        <source>The document could not be signed. Please tell the clerk.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تعذّر توقيع الوثيقة. يُرجى إبلاغ الموظف المختص.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please take the document from the scanner, or choose to hand it in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى أخذ الوثيقة من الماسح الضوئي، أو اختيار تسليمها عند الشبّاك.</translation>
    </message>
    <message>
        <source>This kind of file cannot be used here. Please scan the document again as one of: {kinds}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن استخدام هذا النوع من الملفات هنا. يُرجى مسح الوثيقة مرة أخرى بإحدى الصيغ التالية: {kinds}.</translation>
    </message>
    <message>
        <source>This file is too large ({size}; at most {max}). Please scan it with a lower resolution, or hand the document in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هذا الملف كبير جدًا ({size}؛ الحد الأقصى {max}). يُرجى مسحه بدقة أقل، أو تسليم الوثيقة عند الشبّاك.</translation>
    </message>
    <message>
        <source>This file cannot be read; it may be damaged or incomplete. Please scan the document again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>لا يمكن قراءة هذا الملف؛ قد يكون تالفًا أو غير مكتمل. يُرجى مسح الوثيقة مرة أخرى.</translation>
    </message>
    <message>
        <source>This image uses a colour format for printing (CMYK). Please scan the document again in colour or greyscale.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تستخدم هذه الصورة صيغة ألوان مخصصة للطباعة (CMYK). يُرجى مسح الوثيقة مرة أخرى بالألوان أو بتدرّج الرمادي.</translation>
    </message>
    <message>
        <source>This image has too many pixels. Please scan it with a lower resolution; 300 dpi is enough.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تحتوي هذه الصورة على عدد كبير جدًا من البكسلات. يُرجى مسحها بدقة أقل؛ 300 dpi تكفي.</translation>
    </message>
    <message>
        <source>Please use a photo in portrait format (taller than wide), as for a passport.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى استخدام صورة بالشكل الطولي (ارتفاعها أكبر من عرضها)، كما في جواز السفر.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Please scan the paper document instead, or hand it in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>ملف PDF هذا محمي بكلمة مرور. يُرجى مسح الوثيقة الورقية بدلًا منه، أو تسليمها عند الشبّاك.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى ملء هذا الحقل.</translation>
    </message>
    <message>
        <source>Please shorten this to at most {max} characters (now {count}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى اختصار النص إلى {max} حرفًا على الأكثر (الآن {count}).</translation>
    </message>
    <message>
        <source>Please remove the special characters that cannot be printed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إزالة الرموز الخاصة التي لا يمكن طباعتها.</translation>
    </message>
    <message>
        <source>Please use letters only; spaces, hyphens (-) and apostrophes (&apos;) are allowed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى استخدام الأحرف فقط؛ المسافات والشرطات (-) والفواصل العليا (&apos;) مسموح بها.</translation>
    </message>
    <message>
        <source>Please enter the date as DD.MM.YYYY, for example 24.03.1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال التاريخ بصيغة DD.MM.YYYY، مثلًا 24.03.1985.</translation>
    </message>
    <message>
        <source>Please write the year with four digits, for example 1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى كتابة السنة بأربعة أرقام، مثلًا 1985.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check day and month.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هذا التاريخ غير موجود. يُرجى التحقق من اليوم والشهر.</translation>
    </message>
    <message>
        <source>This date is in the future. Please enter a date in the past.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>هذا التاريخ في المستقبل. يُرجى إدخال تاريخ في الماضي.</translation>
    </message>
    <message>
        <source>Please check the year: the date is more than {years} years ago.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى التحقق من السنة: التاريخ يعود إلى أكثر من {years} سنة.</translation>
    </message>
    <message>
        <source>Please check the year: the date must be at least {years} years ago.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى التحقق من السنة: يجب أن يعود التاريخ إلى {years} سنة على الأقل.</translation>
    </message>
    <message>
        <source>Please enter the 5-digit postal code, for example 55116.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال الرمز البريدي المكوّن من 5 أرقام، مثلًا 55116.</translation>
    </message>
    <message>
        <source>Please enter a whole number from {min} to {max}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال عدد صحيح من {min} إلى {max}.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال عدد صحيح.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى اختيار أحد الخيارات.</translation>
    </message>
    <message>
        <source>Please enter a house number such as 12, 12a or 7-9.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم منزل مثل 12 أو 12a أو 7-9.</translation>
    </message>
    <message>
        <source>Please use Latin letters only, as in a German passport; some characters here cannot be recorded by the registry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى استخدام الأحرف اللاتينية فقط، كما في جواز السفر الألماني؛ بعض الأحرف هنا لا يمكن تسجيلها في السجل.</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12,5.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم، مثلًا 12 أو 12,5.</translation>
    </message>
    <message>
        <source>Please enter a number from {min} to {max}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم من {min} إلى {max}.</translation>
    </message>
    <message>
        <source>Please enter an amount in euros, for example 12,50.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال مبلغ باليورو، مثلًا 12,50.</translation>
    </message>
    <message>
        <source>Please choose yes or no.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى اختيار نعم أو لا.</translation>
    </message>
    <message>
        <source>Please choose at least {min} of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى اختيار {min} من الخيارات على الأقل.</translation>
    </message>
    <message>
        <source>Please choose at most {max} of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى اختيار {max} من الخيارات على الأكثر.</translation>
    </message>
    <message>
        <source>Please enter the IBAN as printed on your bank card, for example DE89 3704 0044 0532 0130 00.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم IBAN كما هو مطبوع على بطاقتكم البنكية، مثلًا DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <source>This IBAN contains a typing error (its check digits do not match). Please compare it with your bank card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يحتوي رقم IBAN هذا على خطأ في الكتابة (أرقام التحقق غير متطابقة). يُرجى مقارنته ببطاقتكم البنكية.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address such as name@example.de.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال عنوان بريد إلكتروني مثل name@example.de.</translation>
    </message>
    <message>
        <source>Please enter a phone number using digits, for example 06131 12345 or +49 6131 12345.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال رقم هاتف بالأرقام، مثلًا 06131 12345 أو +49 6131 12345.</translation>
    </message>
    <message>
        <source>Please check the format of this entry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى التحقق من صيغة هذا الإدخال.</translation>
    </message>
    <message>
        <source>Please enter a date at most {days} days from today.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إدخال تاريخ لا يتجاوز {days} يومًا من اليوم.</translation>
    </message>
    <message>
        <source>Please add at least {min} entries.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إضافة {min} إدخالات على الأقل.</translation>
    </message>
    <message>
        <source>Please add at most {max} entries.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى إضافة {max} إدخالات على الأكثر.</translation>
    </message>
    <message>
        <source>Entry {number} is incomplete or has a mistake. Please check it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>الإدخال {number} غير مكتمل أو يحتوي على خطأ. يُرجى التحقق منه.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to the {office}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>مرحبًا بكم في {office}</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>يُرجى اختيار لغتكم</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted until the office has it, then erased.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عند الانتهاء لا يبقى على هذا الجهاز شيء من بياناتكم ظاهرًا. يُحفظ طلبكم هنا مشفّرًا حتى يستلمه المكتب، ثم يُحذف.</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted and erased {days} days after the office has it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>عند الانتهاء لا يبقى على هذا الجهاز شيء من بياناتكم ظاهرًا. يُحفظ طلبكم هنا مشفّرًا ويُحذف بعد {days} يومًا من استلام المكتب له.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>قراءة صوتية</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>تسجيل الحضور لموعد</translation>
    </message>
</context>
</TS>
