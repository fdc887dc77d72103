<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>Address</name>
    <message>
        <source>Street</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вулиця</translation>
    </message>
    <message>
        <source>House number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер будинку</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поштовий індекс</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Населений пункт</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>Check in for your appointment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зареєструйтеся на свій запис</translation>
    </message>
    <message>
        <source>Hold the QR code of your appointment confirmation under the scanner, or type the code from the confirmation (for example 100044-57c2).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Піднесіть QR-код із підтвердження запису під сканер або введіть код із підтвердження (наприклад, 100044-57c2).</translation>
    </message>
    <message>
        <source>Code from your confirmation</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Код із підтвердження</translation>
    </message>
    <message>
        <source>Check in</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зареєструватися</translation>
    </message>
    <message>
        <source>One moment, please …</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зачекайте, будь ласка …</translation>
    </message>
    <message>
        <source>No appointment: take a waiting ticket</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Без запису: отримати номер черги</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Which service do you need? You will get a waiting ticket.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Яка послуга вам потрібна? Ви отримаєте номер черги.</translation>
    </message>
    <message>
        <source>Your ticket is being printed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваш талон друкується.</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, візьміть талон із принтера.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Талон не вдалося надрукувати. Будь ласка, запам’ятайте свій номер.</translation>
    </message>
    <message>
        <source>You are checked in. The display may take a few minutes to show it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вас зареєстровано. На табло це може з’явитися за кілька хвилин.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Waiting ticket</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Талон черги</translation>
    </message>
    <message>
        <source>Your number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Counter area: {area}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зона очікування: {area}</translation>
    </message>
    <message>
        <source>Your appointment: {time}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваш запис: {time}</translation>
    </message>
    <message>
        <source>Please wait until your number is called on the screen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, зачекайте, доки ваш номер з’явиться на табло.</translation>
    </message>
    <message>
        <source>This code does not match any of today&apos;s appointments. Please check it, or take a waiting ticket without an appointment.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цей код не відповідає жодному сьогоднішньому запису. Перевірте його або отримайте номер черги без запису.</translation>
    </message>
    <message>
        <source>This is not the code of an appointment confirmation. Please check it, or take a waiting ticket without an appointment.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Це не код підтвердження запису. Перевірте його або отримайте номер черги без запису.</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Please wait until your number is called.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>На цей запис ви вже зареєстровані. Будь ласка, зачекайте, доки викличуть ваш номер.</translation>
    </message>
    <message>
        <source>Checking in is not possible at the moment. Please take a waiting ticket without an appointment or ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зараз зареєструватися неможливо. Отримайте номер черги без запису або зверніться до віконця.</translation>
    </message>
</context>
<context>
    <name>Cancel</name>
    <message>
        <source>Cancel the application?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скасувати заяву?</translation>
    </message>
    <message>
        <source>Everything you entered is deleted, and the terminal starts again for the next person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Усе, що Ви ввели, буде видалено, і пристрій почне знову для наступної людини.</translation>
    </message>
    <message>
        <source>Yes, cancel and delete</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Так, скасувати й видалити</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ні, продовжити</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>The card reader could not read the chip. Please try again, or type in your details. If it happens again, ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зчитувач карток не зміг прочитати чип. Будь ласка, спробуйте ще раз або введіть свої дані вручну. Якщо це повториться, зверніться по допомогу до працівників у віконці.</translation>
    </message>
    <message>
        <source>The card reader is not answering. Please type in your details, or ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зчитувач карток не відповідає. Будь ласка, введіть свої дані вручну або зверніться по допомогу до працівників у віконці.</translation>
    </message>
    <message>
        <source>The card reader service is not running. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Служба зчитувача карток не працює. Будь ласка, зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зчитувач карток не під’єднано. Будь ласка, зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>No document is lying on the card reader. Please place your ID card or passport on the reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>На зчитувачі карток немає документа. Будь ласка, покладіть на зчитувач своє посвідчення особи або паспорт.</translation>
    </message>
    <message>
        <source>The document was removed while it was being read. Please place it on the reader again and leave it there until the form is filled in.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Документ забрали під час зчитування. Будь ласка, покладіть його на зчитувач знову й не забирайте, доки форму не буде заповнено.</translation>
    </message>
    <message>
        <source>This card is not an ID card, passport or residence permit with a chip. Please type in your details instead.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ця картка не є посвідченням особи, паспортом або дозволом на проживання з чипом. Будь ласка, введіть свої дані вручну.</translation>
    </message>
    <message>
        <source>The chip did not accept the numbers entered. Please check the card access number or the document number and dates, and try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Чип не прийняв введені номери. Будь ласка, перевірте номер доступу до картки або номер документа й дати та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The chip of this document is blocked or suspended. Please type in your details, or ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Чип цього документа заблоковано або тимчасово заблоковано. Будь ласка, введіть свої дані вручну або зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>This card reader cannot read this document (it does not support extended-length commands). Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цей зчитувач не може прочитати цей документ (він не підтримує команди подовженої довжини). Будь ласка, зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>The document could not be read. Please place it on the reader again, or type in your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдалося прочитати документ. Будь ласка, покладіть його на зчитувач знову або введіть свої дані вручну.</translation>
    </message>
</context>
<context>
    <name>CardAccessPanel</name>
    <message>
        <source>ID card or residence permit</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Посвідчення особи (Personalausweis) або дозвіл на проживання (Aufenthaltstitel)</translation>
    </message>
    <message>
        <source>Passport</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Паспорт (Reisepass)</translation>
    </message>
    <message>
        <source>Document number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Date of birth (DD.MM.YYYY)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження (ДД.ММ.РРРР)</translation>
    </message>
    <message>
        <source>Date of expiry (DD.MM.YYYY)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дійсний до (ДД.ММ.РРРР)</translation>
    </message>
    <message>
        <source>Read the chip</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прочитати чип</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number. It is printed on the front of your ID card, bottom right.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть 6-значний номер доступу до картки (CAN). Він надрукований на лицьовому боці Вашого посвідчення, унизу праворуч.</translation>
    </message>
    <message>
        <source>Please enter the document number and the two dates as printed on the photo page of your passport.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть номер документа та обидві дати так, як вони надруковані на сторінці з фото у Вашому паспорті.</translation>
    </message>
    <message>
        <source>If your date of birth is printed with XX for the day or month, type XX there too.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Якщо у вашій даті народження замість дня чи місяця надруковано XX, введіть там також XX.</translation>
    </message>
    <message>
        <source>The card access number has exactly 6 digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер доступу до картки має рівно 6 цифр.</translation>
    </message>
    <message>
        <source>Please enter the document number (letters and digits).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть номер документа (літери та цифри).</translation>
    </message>
    <message>
        <source>Please enter the dates as DD.MM.YYYY, for example 24.03.1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть дати у форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
</context>
<context>
    <name>ChipCheck</name>
    <message>
        <source>Chip check (passive authentication): verified. The data read from the chip is signed by the issuing state.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перевірка чипа (пасивна автентифікація): підтверджено. Дані, зчитані з чипа, підписані державою, що видала документ.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): NOT verified. Please check the identity document in person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перевірка чипа (пасивна автентифікація): НЕ підтверджено. Будь ласка, перевірте документ, що посвідчує особу, особисто.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): not done, this terminal has no CSCA certificates configured. Please check the identity document in person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перевірка чипа (пасивна автентифікація): не виконано, на цьому терміналі не налаштовано сертифікатів CSCA. Будь ласка, перевірте документ, що посвідчує особу, особисто.</translation>
    </message>
    <message>
        <source>The chip also proved that it is the document&apos;s original chip (chip authentication).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Чип також довів, що він є оригінальним чипом документа (автентифікація чипа).</translation>
    </message>
    <message>
        <source>The terminal has no revocation list of the issuing state: a revoked document signer would not have been noticed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Термінал не має списку відкликаних сертифікатів держави, що видала документ: відкликаного підписувача документів не було б помічено.</translation>
    </message>
    <message>
        <source>The chip holds no security data (EF.SOD).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Чип не містить даних безпеки (EF.SOD).</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) could not be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдалося зчитати дані безпеки чипа (EF.SOD).</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) is damaged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дані безпеки чипа (EF.SOD) пошкоджено.</translation>
    </message>
    <message>
        <source>The data read from the chip does not match the chip&apos;s security data.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дані, зчитані з чипа, не відповідають даним безпеки чипа.</translation>
    </message>
    <message>
        <source>The signature of the chip&apos;s data is not valid.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис даних чипа недійсний.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not in the terminal&apos;s store.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сертифіката держави, що видала документ (CSCA), немає у сховищі термінала.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not valid.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сертифікат держави, що видала документ (CSCA), недійсний.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate is not valid today.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сертифікат підписувача документів сьогодні недійсний.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate has been revoked.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сертифікат підписувача документів відкликано.</translation>
    </message>
    <message>
        <source>The terminal cannot check this document&apos;s signature method.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Термінал не може перевірити спосіб підпису цього документа.</translation>
    </message>
    <message>
        <source>The chip could not prove that it is the document&apos;s original chip (chip authentication).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Чип не зміг довести, що він є оригінальним чипом документа (автентифікація чипа).</translation>
    </message>
    <message>
        <source>The chip&apos;s key for chip authentication (EF.CardSecurity) could not be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдалося зчитати ключ чипа для автентифікації чипа (EF.CardSecurity).</translation>
    </message>
</context>
<context>
    <name>ChoiceSearch</name>
    <message>
        <source>Type to search the list</source>
        <translation>Введіть текст для пошуку в списку</translation>
    </message>
    <message>
        <source>{count} more: type more letters to narrow the list</source>
        <translation>Ще {count}: введіть більше літер, щоб звузити список</translation>
    </message>
    <message>
        <source>Nothing found: type fewer letters</source>
        <translation>Нічого не знайдено: введіть менше літер</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a known key. Known keys here: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» не є відомим ключем. Відомі ключі тут: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a JSON {expected}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має бути JSON-типу {expected}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is missing. Add it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} бракує «{key}». Додайте його.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» може містити лише малі літери, цифри, «_» або «-» і має починатися з літери.</translation>
    </message>
    <message>
        <source>In the form definition {path}, the id at &apos;{key}&apos; is used twice. Give each one its own id.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} ідентифікатор у «{key}» використано двічі. Дайте кожному елементу власний ідентифікатор.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the German text alone (format 2); the translations belong in assets/translations/forms_*.ts. Run packaging/update-translations.sh.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має містити лише німецький текст (формат 2); переклади належать до assets/translations/forms_*.ts. Запустіть packaging/update-translations.sh.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a non-empty text.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має бути непорожнім текстом.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at least {low}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має бути не менше {low}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must equal the file name without &apos;.json&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має збігатися з назвою файлу без «.json».</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a three-letter currency code such as EUR.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має бути трилітерним кодом валюти, наприклад EUR.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least one entry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має містити щонайменше один запис.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be {low}: this kiosk reads no other version of the format.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має дорівнювати {low}: цей термінал не читає інших версій формату.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a SEPA creditor identifier such as DE98ZZZ09999999999.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має бути ідентифікатором кредитора SEPA, наприклад DE98ZZZ09999999999.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of type iban of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має називати поле типу iban цієї форми.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має називати поле цієї форми.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name another field of the same group.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} &apos;{key}&apos; має називати інше поле тієї ж групи.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a date field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має називати поле дати цієї форми.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a number field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} &apos;{key}&apos; має називати числове поле цієї форми.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; names an unknown field type. Known types: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» називає невідомий тип поля. Відомі типи: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least two fields.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} &apos;{key}&apos; має містити щонайменше два поля.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos;: a file field cannot be part of a repeated group. Ask for the file in a field of its own.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path}, «{key}»: поле файлу не може входити до повторюваної групи. Запитуйте файл в окремому полі.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a valid regular expression ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» не є коректним регулярним виразом ({error}).</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має бути одним із: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the value of one of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має бути значенням одного з варіантів.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}, each at most once.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має бути одним із: {known}, кожне щонайбільше один раз.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at most {high}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» має бути не більше {high}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; may list only images (image/jpeg, image/png) for a photo.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У визначенні форми {path} «{key}» для фото може містити лише зображення (image/jpeg, image/png).</translation>
    </message>
    <message>
        <source>The form definition {path} is not valid JSON ({error}). Fix the line named in the error.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Визначення форми {path} не є коректним JSON ({error}). Виправте рядок, названий у повідомленні про помилку.</translation>
    </message>
    <message>
        <source>The form definition {path} cannot be read ({error}). Check that it exists and is UTF-8 text.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається прочитати визначення форми {path} ({error}). Перевірте, чи файл існує і чи містить текст у UTF-8.</translation>
    </message>
    <message>
        <source>No card terminal is configured: set &apos;payment_terminal&apos; in the settings file, or give --terminal HOST:PORT.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Платіжний термінал не налаштовано: задайте «payment_terminal» у файлі налаштувань або вкажіть --terminal HOST:PORT.</translation>
    </message>
    <message>
        <source>The settings file {path} is not valid TOML ({error}). Fix the line named in the error, or remove the file to use the defaults.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Файл налаштувань {path} не є коректним TOML ({error}). Виправте рядок, названий у повідомленні про помилку, або видаліть файл, щоб використовувати стандартні значення.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({error}). Check that it exists and that the kiosk user may read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається прочитати файл налаштувань {path} ({error}). Перевірте, чи файл існує і чи користувач кіоску має право його читати.</translation>
    </message>
    <message>
        <source>The settings file {path} does not exist. Give the path of an existing file, or leave out --config to use the defaults.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Файл налаштувань {path} не існує. Вкажіть шлях до наявного файлу або не використовуйте --config, щоб застосувати стандартні значення.</translation>
    </message>
    <message>
        <source>Give the path of the terminal&apos;s kiosk.toml.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вкажіть шлях до файлу kiosk.toml термінала.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} does not match the published schema ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Параметр «{key}» у {path} не відповідає опублікованій схемі ({error}).</translation>
    </message>
    <message>
        <source>Put the file or directory there, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Покладіть туди файл або каталог чи виправте параметр.</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;): {problem}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сховище CSCA {path} (параметр «csca_dir»): {problem}</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;) holds no CSCA certificate: no document chip can be verified.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сховище CSCA {path} (параметр «csca_dir») не містить жодного сертифіката CSCA: жоден чип документа не може бути підтверджений.</translation>
    </message>
    <message>
        <source>Put the CSCA certificates, their CRLs and the master lists there; a master list also needs the setting &apos;csca_master_list_anchor&apos; with the certificate its signer was issued by.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Покладіть туди сертифікати CSCA, їхні списки відкликаних сертифікатів і майстер-списки; для майстер-списку також потрібен параметр «csca_master_list_anchor» із сертифікатом, яким видано сертифікат його підписувача.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos; in {path}. Known settings: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Невідоме налаштування «{key}» у {path}. Відомі налаштування: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a whole number from {low} to {high}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Налаштування «{key}» у {path} має бути цілим числом від {low} до {high}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a non-empty text in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Налаштування «{key}» у {path} має бути непорожнім текстом у лапках.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a file path in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Налаштування «{key}» у {path} має бути шляхом до файлу в лапках.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a directory path in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Налаштування «{key}» у {path} має бути шляхом до каталогу в лапках.</translation>
    </message>
    <message>
        <source>Setting &apos;languages&apos; in {path} must be a list taken from: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Налаштування «languages» у {path} має бути списком зі значень: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a table of a form id and its destination&apos;s id (a UUID) in quotes, e.g. {example}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Параметр &apos;{key}&apos; у {path} має бути таблицею з ідентифікатора форми та ідентифікатора її пункту доставки (UUID) в лапках, наприклад {example}.</translation>
    </message>
    <message>
        <source>In {path}, &apos;idle_warning_s&apos; must be shorter than &apos;idle_timeout_s&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У {path} «idle_warning_s» має бути меншим за «idle_timeout_s».</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal&apos; in {path} must be the card terminal&apos;s address as &quot;host:port&quot;, e.g. &quot;192.168.1.20:20007&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Налаштування «payment_terminal» у {path} має бути адресою платіжного термінала у вигляді &quot;host:port&quot;, наприклад &quot;192.168.1.20:20007&quot;.</translation>
    </message>
    <message>
        <source>Write it like this: {example}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Напишіть так: {example}</translation>
    </message>
    <message>
        <source>Remove the line, or correct the name: did you mean &apos;{close}&apos;?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Видаліть рядок або виправте назву: можливо, ви мали на увазі «{close}»?</translation>
    </message>
    <message>
        <source>Remove the line: this version of the kiosk has no such setting (docs/configuration.md lists them).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Видаліть рядок: ця версія кіоску не має такого параметра (перелік у docs/configuration.md).</translation>
    </message>
    <message>
        <source>Correct that line: texts in double quotes, numbers without, lists in [ ], one setting per line.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Виправте цей рядок: тексти в подвійних лапках, числа без лапок, списки в [ ], один параметр у рядку.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 text (in the editor: Save as, encoding UTF-8).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збережіть файл як текст UTF-8 (у редакторі: Зберегти як, кодування UTF-8).</translation>
    </message>
    <message>
        <source>Write [kiosk] on a line of its own and the settings on the lines below it, or leave [kiosk] out altogether.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Напишіть [kiosk] в окремому рядку, а параметри — в рядках під ним, або зовсім приберіть [kiosk].</translation>
    </message>
    <message>
        <source>Move the line below [kiosk].</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перенесіть рядок під [kiosk].</translation>
    </message>
    <message>
        <source>Check that the file exists and that the kiosk user may read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перевірте, що файл існує і користувач кіоску може його читати.</translation>
    </message>
    <message>
        <source>Set these together: {keys}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Задайте їх разом: {keys}.</translation>
    </message>
    <message>
        <source>The settings file {path} is not UTF-8 text (a character such as ü or ß was saved in another encoding).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Файл налаштувань {path} не є текстом UTF-8 (символ на зразок ü або ß збережено в іншому кодуванні).</translation>
    </message>
    <message>
        <source>In {path}, &apos;kiosk&apos; must be the table [kiosk] that holds the settings, not a value.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У {path} «kiosk» має бути таблицею [kiosk] з параметрами, а не значенням.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} is outside the [kiosk] table, where the kiosk does not read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Параметр «{key}» у {path} стоїть поза таблицею [kiosk], де кіоск його не читає.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be one of: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Параметр «{key}» у {path} має бути одним із: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be an address that starts with {schemes}, e.g. {example}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Параметр «{key}» у {path} має бути адресою, що починається з {schemes}, напр. {example}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} names {unknown}, which this kiosk does not offer. Services: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Параметр &apos;{key}&apos; у {path} називає {unknown}, чого цей термінал не пропонує. Послуги: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal_password&apos; in {path} must be the terminal&apos;s six-digit password, e.g. &quot;000000&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Налаштування «payment_terminal_password» у {path} має бути шестизначним паролем термінала, наприклад &quot;000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;destination_id&apos; in {path} must be the destination&apos;s id (Zustellpunkt-ID) as FIT-Connect&apos;s self-service portal shows it, a UUID such as &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Параметр &apos;destination_id&apos; у {path} має бути ідентифікатором пункту доставки (Zustellpunkt-ID), як його показує портал самообслуговування FIT-Connect, тобто UUID, наприклад &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;fitconnect_region&apos; in {path} must be an Amtlicher Regionalschlüssel with DE in front, e.g. &quot;DE073350000000&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Параметр &apos;fitconnect_region&apos; у {path} має бути офіційним регіональним ключем (Amtlicher Regionalschlüssel) з DE на початку, наприклад &quot;DE073350000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;payee_iban&apos; in {path} is not an IBAN. Write it as on the office&apos;s bank statement, e.g. &quot;DE02120300000000202051&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Налаштування «payee_iban» у {path} не є IBAN. Запишіть його так, як у банківській виписці установи, наприклад &quot;DE02120300000000202051&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} holds the PIN itself. Nobody may read it there: run &apos;buergerbuero config pin&apos;, give the PIN twice, and write the line it prints instead.</source>
        <translation>Параметр &apos;staff_pin&apos; у {path} містить сам PIN-код. Там його ніхто не повинен читати: виконайте &apos;buergerbuero config pin&apos;, введіть PIN-код двічі й запишіть натомість рядок, який команда виведе.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} is not a PIN hash as &apos;buergerbuero config pin&apos; prints it (&quot;$scrypt$ln=…&quot;). Run it again and copy the whole line.</source>
        <translation>Параметр &apos;staff_pin&apos; у {path} не є хешем PIN-коду, який виводить &apos;buergerbuero config pin&apos; (&quot;$scrypt$ln=…&quot;). Виконайте команду ще раз і скопіюйте весь рядок.</translation>
    </message>
    <message>
        <source>In {path}, &apos;payee_iban&apos; needs &apos;payee_name&apos; (the account holder, as the bank knows it).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У {path} для «payee_iban» потрібне також «payee_name» (власник рахунку, як його знає банк).</translation>
    </message>
    <message>
        <source>In {path}, sending with FIT-Connect tokens needs all of fitconnect_token_url, fitconnect_client_id and fitconnect_client_secret_file.</source>
        <translation>У {path} для надсилання з токенами FIT-Connect потрібні всі параметри: fitconnect_token_url, fitconnect_client_id і fitconnect_client_secret_file.</translation>
    </message>
    <message>
        <source>In {path}, the appointment check-in needs all of appointment_url, appointment_scope, appointment_workstation_key and appointment_ticketprinter_hash.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У {path} для реєстрації на запис потрібні всі параметри: appointment_url, appointment_scope, appointment_workstation_key і appointment_ticketprinter_hash.</translation>
    </message>
    <message>
        <source>Setting &apos;receipt_printer&apos; in {path} must be &quot;cups://QUEUE&quot; or &quot;escpos://HOST:PORT&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Налаштування «receipt_printer» у {path} має бути &quot;cups://QUEUE&quot; або &quot;escpos://HOST:PORT&quot;.</translation>
    </message>
    <message>
        <source>In {path}, paying by phone needs all of xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id and xbezahl_client_secret.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У {path} для оплати телефоном потрібні всі налаштування: xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id і xbezahl_client_secret.</translation>
    </message>
    <message>
        <source>The escrow key {path} cannot be read ({error}). Ask the technician to check the setting &apos;escrow_cert&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається прочитати ключ довіреної особи (escrow) {path} ({error}). Попросіть технічну службу перевірити налаштування «escrow_cert».</translation>
    </message>
    <message>
        <source>This device has no signing certificate of the office. Ask the technician to enroll it: &apos;buergerbuero signature enroll request&apos;, then &apos;signature enroll install&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цей пристрій не має сертифіката підпису установи. Попросіть технічну службу зареєструвати його: «buergerbuero signature enroll request», потім «signature enroll install».</translation>
    </message>
    <message>
        <source>The signing certificate {path} cannot be used ({why}). Ask the technician to enroll this device with the office CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сертифікат підпису {path} не можна використати ({why}). Попросіть технічну службу зареєструвати цей пристрій у CA установи.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Card reading is not installed on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зчитування документів на цьому терміналі не встановлено.</translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Служба зчитувача карток не працює.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зчитувач карток не під’єднано.</translation>
    </message>
    <message>
        <source>No scan has arrived yet. Place the document on the scanner, start the scan, then tap &apos;Take from scanner&apos; again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скан ще не надійшов. Покладіть документ на сканер, запустіть сканування, а потім знову натисніть «Взяти зі сканера».</translation>
    </message>
    <message>
        <source>The scan is still arriving. Please wait a moment, then tap &apos;Take from scanner&apos; again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скан ще передається. Будь ласка, зачекайте трохи, а потім знову натисніть «Взяти зі сканера».</translation>
    </message>
    <message>
        <source>The scanner cannot be used right now. Please hand the document in at the counter, or ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сканер зараз не можна використати. Будь ласка, здайте документ у віконці або зверніться по допомогу до працівників.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Previous page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Попередня сторінка</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наступна сторінка</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Larger</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>The document to sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Документ для підпису</translation>
    </message>
    <message>
        <source>Scroll through the document</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Гортати документ</translation>
    </message>
    <message>
        <source>Move the page sideways</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зсунути сторінку вбік</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сторінка {page} з {count}</translation>
    </message>
</context>
<context>
    <name>Eid</name>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, have your ID card read at the card reader, or have it checked at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Функція онлайн-ідентифікації зараз недоступна. Натомість Ви можете ввести свої дані вручну, зчитати посвідчення особи на зчитувачі карток або перевірити його у віконці.</translation>
    </message>
    <message>
        <source>The online ID function stopped with an error. Please type in your details instead, or ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Функція онлайн-ідентифікації завершилася з помилкою. Будь ласка, введіть свої дані вручну або зверніться по допомогу до працівників у віконці.</translation>
    </message>
    <message>
        <source>Please enter your 6-digit PIN.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть свій 6-значний PIN-код.</translation>
    </message>
    <message>
        <source>Please enter your current PIN (or the 5-digit transport PIN from your PIN letter).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть свій поточний PIN-код (або 5-значний транспортний PIN із PIN-листа).</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number (CAN) printed on the front of your ID card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть 6-значний номер доступу до картки (CAN), надрукований на лицьовому боці Вашого посвідчення особи.</translation>
    </message>
    <message>
        <source>Your PIN is blocked. Please enter the 10-digit PUK from your PIN letter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваш PIN-код заблоковано. Будь ласка, введіть 10-значний PUK-код із PIN-листа.</translation>
    </message>
    <message>
        <source>Please choose a new 6-digit PIN.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, виберіть новий 6-значний PIN-код.</translation>
    </message>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, or have your ID card checked at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Функція онлайн-ідентифікації зараз недоступна. Натомість Ви можете ввести свої дані вручну або перевірити посвідчення особи у віконці.</translation>
    </message>
    <message>
        <source>Online ID function</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Онлайн-ідентифікація (eID)</translation>
    </message>
    <message>
        <source>Connecting to the online ID function…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>З’єднання з функцією онлайн-ідентифікації…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Allow</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дозволити</translation>
    </message>
    <message>
        <source>Type in my details</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ввести дані вручну</translation>
    </message>
    <message>
        <source>Read my ID card at the reader</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зчитати посвідчення на зчитувачі</translation>
    </message>
    <message>
        <source>Have my ID checked at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перевірити посвідчення у віконці</translation>
    </message>
    <message>
        <source>{provider} asks to read the following data from your ID card ({purpose}):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{provider} просить прочитати з Вашого посвідчення такі дані ({purpose}):</translation>
    </message>
    <message>
        <source>Do you agree?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ви погоджуєтеся?</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, зачекайте…</translation>
    </message>
    <message>
        <source>That was not accepted. Please check the number of digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Це не прийнято. Будь ласка, перевірте кількість цифр.</translation>
    </message>
    <message>
        <source>The PIN was wrong. Attempts left: {count}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Неправильний PIN-код. Залишилося спроб: {count}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <source>Please enter the number on the card reader&apos;s keypad.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть номер на клавіатурі зчитувача карток.</translation>
    </message>
    <message>
        <source>Please place your ID card on the card reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, покладіть своє посвідчення особи на зчитувач карток.</translation>
    </message>
    <message>
        <source>The online function of this ID card is blocked or switched off. The citizens&apos; office can unblock it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Онлайн-функцію цього посвідчення заблоковано або вимкнено. Бюро громадян (Bürgerbüro) може її розблокувати.</translation>
    </message>
    <message>
        <source>Please wait… ({percent} %)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, зачекайте… ({percent} %)</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Особу підтверджено</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function. Please check and complete your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вашу особу підтверджено за допомогою функції онлайн-ідентифікації. Будь ласка, перевірте та доповніть свої дані.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Далі</translation>
    </message>
    <message>
        <source>Online ID function not available</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Онлайн-ідентифікація недоступна</translation>
    </message>
    <message>
        <source>The online ID function stopped</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Онлайн-ідентифікацію перервано</translation>
    </message>
</context>
<context>
    <name>EidRights</name>
    <message>
        <source>Family name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given names</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Імена</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прізвище при народженні</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Науковий ступінь (доктор)</translation>
    </message>
    <message>
        <source>Religious or artistic name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Чернече або творче ім’я</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Document type</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Держава видачі</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дійсний до</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Псевдонім</translation>
    </message>
    <message>
        <source>Age verification</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підтвердження віку</translation>
    </message>
    <message>
        <source>Address verification</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підтвердження місця проживання</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Код громади</translation>
    </message>
    <message>
        <source>Residence permit I</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дозвіл на проживання I</translation>
    </message>
    <message>
        <source>Residence permit II</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дозвіл на проживання II</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong on this terminal. Your data has not been lost. Please ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>На цьому терміналі сталася помилка. Ваші дані не втрачено. Будь ласка, зверніться по допомогу до працівників у віконці.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Very dissatisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зовсім незадоволені</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Незадоволені</translation>
    </message>
    <message>
        <source>Neither</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Нейтрально</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Задоволені</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дуже задоволені</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скільки часу це зайняло</translation>
    </message>
    <message>
        <source>Understanding the questions</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Розуміння запитань</translation>
    </message>
    <message>
        <source>Identifying myself</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підтвердження особи</translation>
    </message>
    <message>
        <source>Paying the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплата збору</translation>
    </message>
    <message>
        <source>Using the screen</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Користування екраном</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Щось інше</translation>
    </message>
    <message>
        <source>How satisfied are you with this terminal?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наскільки ви задоволені цим терміналом?</translation>
    </message>
    <message>
        <source>Optional and anonymous: one tap is enough.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Необов’язково й анонімно: достатньо одного дотику.</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Що було для вас найважливішим?</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дякуємо за ваш відгук.</translation>
    </message>
    <message>
        <source>Your entries have been deleted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваші дані видалено.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Завершити</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ні</translation>
    </message>
    <message>
        <source>A current passport photo in portrait format, as for an identity card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Актуальне біометричне фото на паспорт у вертикальному форматі, як для посвідчення особи.</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Менше</translation>
    </message>
    <message>
        <source>More</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Більше</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(необов’язково)</translation>
    </message>
    <message>
        <source>(choose all that apply)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(можна вибрати кілька)</translation>
    </message>
    <message>
        <source>Format: DD.MM.YYYY</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Формат: ДД.ММ.РРРР</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>Reading the scan…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зчитування скану…</translation>
    </message>
    <message>
        <source>Take from scanner</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Взяти зі сканера</translation>
    </message>
    <message>
        <source>I will hand it in at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Здам у віконці</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Видалити файл</translation>
    </message>
    <message>
        <source>Please give the document to the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, передайте документ працівникам у віконці.</translation>
    </message>
    <message>
        <source>This terminal has no scanner. Tap &apos;I will hand it in at the counter&apos; and give the document to the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>На цьому терміналі немає сканера. Натисніть «Здам у віконці» й передайте документ працівникам.</translation>
    </message>
    <message>
        <source>To replace it, scan again and tap &apos;Take from scanner&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Щоб замінити його, відскануйте знову й натисніть «Взяти зі сканера».</translation>
    </message>
    <message>
        <source>Place the document on the scanner and start the scan. Then tap &apos;Take from scanner&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Покладіть документ на сканер і запустіть сканування. Потім натисніть «Взяти зі сканера».</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>To be handed in at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Буде подано у віконці</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зображення JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зображення PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Документ PDF</translation>
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
        <translation>Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Скасувати</translation>
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
        <translation>роздільник тисяч:</translation>
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
        <translation>+ Додати запис</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Запис {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Remove entry {number}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Видалити запис {number}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Help</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Допомога</translation>
    </message>
    <message>
        <source>Help: call a member of staff</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Допомога: покликати працівника</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Менший шрифт</translation>
    </message>
    <message>
        <source>Larger text (now {percent} %)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Більший шрифт (зараз {percent} %)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Крок {current} з {total}</translation>
    </message>
    <message>
        <source>Language: {language}. Choose another language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Мова: {language}. Вибрати іншу мову</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Staff could not be called from here. Please ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Звідси не вдалося покликати працівників. Будь ласка, зверніться до віконця.</translation>
    </message>
    <message>
        <source>Staff are being called…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Кличемо працівників…</translation>
    </message>
    <message>
        <source>Staff have been told. Someone will come to you. Please wait here: what you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Працівників повідомлено. До Вас скоро підійдуть. Будь ласка, зачекайте тут: введене Вами збережеться.</translation>
    </message>
    <message>
        <source>Please ask at the counter. What you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, зверніться до віконця. Введене Вами збережеться.</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Допомога</translation>
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
        <translation>Хто подає заяву?</translation>
    </message>
    <message>
        <source>You apply in your own name and identify yourself with your own document. To apply for another person, please ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ви подаєте заяву від свого імені та посвідчуєте особу власним документом. Щоб подати заяву за іншу особу, зверніться, будь ласка, до віконця.</translation>
    </message>
    <message>
        <source>Do you have your ID card, passport or residence permit with you? Lay it on the card reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Маєте з собою посвідчення особи, паспорт або дозвіл на проживання (Aufenthaltstitel)? Покладіть його на зчитувач карток.</translation>
    </message>
    <message>
        <source>Place ID card on reader</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Покласти документ</translation>
    </message>
    <message>
        <source>Please type in your details as they appear on your ID card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть свої дані так, як вони вказані у Вашому посвідченні особи.</translation>
    </message>
    <message>
        <source>Sign in with the online ID function</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Увійти через онлайн-ідентифікацію</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вашу особу підтверджено за допомогою функції онлайн-ідентифікації.</translation>
    </message>
    <message>
        <source>Please lay your document on the card reader now. Reading starts by itself.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, покладіть зараз свій документ на зчитувач карток. Зчитування почнеться автоматично.</translation>
    </message>
    <message>
        <source>Reading the chip… Please leave the document on the reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зчитування чипа… Будь ласка, не забирайте документ зі зчитувача.</translation>
    </message>
    <message>
        <source>Checking the access number with the chip…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перевірка номера доступу з чипом…</translation>
    </message>
    <message>
        <source>Reading your details from the chip…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зчитування Ваших даних із чипа…</translation>
    </message>
    <message>
        <source>Your details were read from the chip. Please check them; you can still correct them.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваші дані зчитано з чипа. Будь ласка, перевірте їх; Ви ще можете їх виправити.</translation>
    </message>
    <message>
        <source>The document could not be read. Please type in your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдалося прочитати документ. Будь ласка, введіть свої дані вручну.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Your document does not give your full date of birth: 00 stands for the day or month it leaves open. Please complete the date if you know it, or leave it as it is.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У вашому документі дату народження вказано не повністю: 00 означає день або місяць, які в ньому не вказано. Будь ласка, доповніть дату, якщо знаєте її, або залиште як є.</translation>
    </message>
    <message>
        <source>Please check the year of birth: the document gives only its last two digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, перевірте рік народження: у документі вказано лише дві останні цифри року.</translation>
    </message>
    <message>
        <source>The date of birth could not be read from the document. Please type it in.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдалося зчитати дату народження з документа. Будь ласка, введіть її вручну.</translation>
    </message>
    <message>
        <source>Your document gives no family name. If you have one, please enter it; if you have only one name, please ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У вашому документі не вказано прізвища. Якщо воно у вас є, будь ласка, введіть його; якщо у вас лише одне ім’я, будь ласка, зверніться до працівників.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Do you need more time?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вам потрібно більше часу?</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Так, більше часу</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>
            <numerusform>Для захисту Ваших даних цей сеанс завершиться через %n секунду, і все, що Ви ввели, буде видалено.</numerusform>
            <numerusform>Для захисту Ваших даних цей сеанс завершиться через %n секунди, і все, що Ви ввели, буде видалено.</numerusform>
            <numerusform>Для захисту Ваших даних цей сеанс завершиться через %n секунд, і все, що Ви ввели, буде видалено.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Saving…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збереження…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of a language, written in that language (Deutsch, Türkçe, العربية, …): the welcome screen&apos;s buttons, the header&apos;s language button, the keyboard&apos;s language key.</extracomment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Українська</translation>
    </message>
    <message>
        <source>Englisch</source>
        <extracomment>The name of a language in German, the office&apos;s language (Englisch, Türkisch, Arabisch, …): the application PDF says in which language the citizen made the application. Each language&apos;s file gives its own name in German; the source is English&apos;s German name.</extracomment>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Виберіть мову</translation>
    </message>
    <message>
        <source>What you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Введене Вами збережеться.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard: {language}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Клавіатура: {language}</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Видалити останній символ</translation>
    </message>
    <message>
        <source>Next field</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Наступне поле</translation>
    </message>
    <message>
        <source>Letters</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Літери</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сховати клавіатуру</translation>
    </message>
    <message>
        <source>Shift: capital letter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Shift: велика літера</translation>
    </message>
    <message>
        <source>More characters (AltGr)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Інші символи (AltGr)</translation>
    </message>
    <message>
        <source>Space</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Пробіл</translation>
    </message>
    <message>
        <source>Digits</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цифри</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>This terminal is out of service</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цей термінал не працює</translation>
    </message>
    <message>
        <source>Please go to the counter. The staff will gladly help you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, підійдіть до віконця. Працівники охоче вам допоможуть.</translation>
    </message>
    <message>
        <source>For the technician: {problem}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для техніка: {problem}</translation>
    </message>
    <message>
        <source>({count} more in the kiosk&apos;s log)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(ще {count} у журналі кіоску)</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <source>Application</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Application made in: {language}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Мова подання заяви: {language}</translation>
    </message>
    <message>
        <source>Case number (Vorgangsnummer)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер справи (Vorgangsnummer)</translation>
    </message>
    <message>
        <source>Please quote it in any enquiry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, вказуйте його в усіх запитах.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збір</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Правова підстава: {basis}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Звільнення або знижка можливі для: {list}</translation>
    </message>
    <message>
        <source>Paid: {method}, {amount} (transaction {transaction})</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сплачено: {method}, {amount} (транзакція {transaction})</translation>
    </message>
    <message>
        <source>Not paid yet: the fee is due at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ще не сплачено: збір потрібно сплатити у віконці.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збір не сплачується.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Очікується оплата банківським переказом.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сплатити у віконці.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: {exemption} (to be checked at the counter).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заявлено звільнення від збору: {exemption} (перевіряється у віконці).</translation>
    </message>
    <message>
        <source>card at the terminal</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>карткою на терміналі</translation>
    </message>
    <message>
        <source>online (paypage)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>онлайн (платіжна сторінка)</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>банківський переказ</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>у віконці</translation>
    </message>
    <message>
        <source>exemption</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>звільнення</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>немає</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Код платежу (Kassenzeichen): {reference}</translation>
    </message>
    <message>
        <source>I declare that the information given is correct and complete.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Я заявляю, що надані відомості є правильними та повними.</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration above</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис заявника: підтверджує наведену вище декларацію</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Місце, дата</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration and the application {vorgangsnummer}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис заявника: підтверджує декларацію та заяву {vorgangsnummer}</translation>
    </message>
    <message>
        <source>At the counter: the applicant confirms this application in person, after the staff checked the identity (signed on the counter tablet; name, place and time appear with the signature)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У віконці: заявник особисто підтверджує цю заяву після того, як працівники перевірили його особу (підписано на планшеті у віконці; ім’я, місце й час зазначено разом із підписом)</translation>
    </message>
    <message>
        <source>Signature at the counter: the applicant confirms the application {vorgangsnummer} in person</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у віконці: заявник особисто підтверджує заяву {vorgangsnummer}</translation>
    </message>
    <message>
        <source>You sign: {title} · case number {vorgangsnummer} · {pages} · fee {fee}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ви підписуєте: {title} · номер справи {vorgangsnummer} · {pages} · збір {fee}</translation>
    </message>
    <message>
        <source>the answers on pages 1 to {last}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>відомості на сторінках 1–{last}</translation>
    </message>
    <message>
        <source>the answers on page 1</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>відомості на сторінці 1</translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Мандат на пряме дебетування SEPA (SEPA-Lastschriftmandat)</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Одержувач платежу</translation>
    </message>
    <message>
        <source>Creditor identifier</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ідентифікатор кредитора</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Референс мандата</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Власник рахунку</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>The signature below also signs this mandate (a recurrent mandate is not given: it is for this fee only).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис нижче стосується також цього мандата (одноразове списання лише для цього збору, не мандат на регулярні платежі).</translation>
    </message>
    <message>
        <source>Submitted at self-service terminal {terminal}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Подано на терміналі самообслуговування {terminal}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сторінка {page} з {pages}</translation>
    </message>
    <message>
        <source>Source: identity document chip</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Джерело: чип документа, що посвідчує особу</translation>
    </message>
    <message>
        <source>Source: typed in</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Джерело: введено вручну</translation>
    </message>
    <message>
        <source>For the office</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для установи</translation>
    </message>
    <message>
        <source>Attached to this PDF file: {name}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Додано до цього PDF-файлу: {name}</translation>
    </message>
    <message>
        <source>The image cannot be shown here.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зображення не можна показати тут.</translation>
    </message>
</context>
<context>
    <name>PairingCodePanel</name>
    <message>
        <source>For staff</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для працівників</translation>
    </message>
    <message>
        <source>For staff: hold to show the pairing code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для працівників: утримуйте, щоб показати код прив’язки</translation>
    </message>
    <message>
        <source>For staff: hold the button for two seconds to show the pairing code for the counter workstation.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для працівників: утримуйте кнопку дві секунди, щоб показати код прив’язки для робочого місця у віконці.</translation>
    </message>
    <message>
        <source>Pairing code for the counter workstation</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Код прив’язки для робочого місця у віконці</translation>
    </message>
    <message>
        <source>Hide code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сховати код</translation>
    </message>
    <message>
        <source>Forget paired workstations</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Забути прив’язані робочі місця</translation>
    </message>
    <message>
        <source>Enter it at the workstation. It hides itself in {seconds} s.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Введіть його на робочому місці. Він зникне через {seconds} с.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>The card terminal cannot be reached at the moment. Please choose another way to pay, or pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Платіжний термінал зараз недоступний. Будь ласка, виберіть інший спосіб оплати або сплатіть у віконці.</translation>
    </message>
    <message>
        <source>The connection to the card terminal was lost. Your card has not been charged twice; please wait a moment while the terminal is checked.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>З’єднання з платіжним терміналом перервалося. З Вашої картки не буде списано кошти двічі; будь ласка, зачекайте, поки термінал перевіряється.</translation>
    </message>
    <message>
        <source>The card terminal did not answer in time. Please try again or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Платіжний термінал не відповів вчасно. Будь ласка, спробуйте ще раз або виберіть інший спосіб оплати.</translation>
    </message>
    <message>
        <source>The card terminal is busy. Please wait a moment and try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Платіжний термінал зайнятий. Будь ласка, зачекайте трохи й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The card terminal sent an answer this terminal cannot use. Please choose another way to pay, or ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Платіжний термінал надіслав відповідь, яку цей термінал не може використати. Будь ласка, виберіть інший спосіб оплати або зверніться до працівників.</translation>
    </message>
    <message>
        <source>The payment was declined. Your card has not been charged. Please try again with another card or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплату відхилено. З Вашої картки нічого не списано. Будь ласка, спробуйте з іншою карткою або виберіть інший спосіб оплати.</translation>
    </message>
    <message>
        <source>The card could not be read. Please insert it again (chip first) or hold it flat on the terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдалося прочитати картку. Будь ласка, вставте її знову (чипом уперед) або прикладіть її рівно до термінала.</translation>
    </message>
    <message>
        <source>The payment was cancelled (the card was removed, or nothing happened for too long). Your card has not been charged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплату скасовано (картку вийняли або надто довго нічого не відбувалося). З Вашої картки нічого не списано.</translation>
    </message>
    <message>
        <source>The PIN was not correct. Your card has not been charged. Please try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Неправильний PIN-код. З Вашої картки нічого не списано. Будь ласка, спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This card has expired or is not yet valid. Please use another card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Термін дії цієї картки минув або вона ще не дійсна. Будь ласка, скористайтеся іншою карткою.</translation>
    </message>
    <message>
        <source>This card is not accepted here. Please use another card or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ця картка тут не приймається. Будь ласка, скористайтеся іншою карткою або виберіть інший спосіб оплати.</translation>
    </message>
    <message>
        <source>The card terminal has a fault. Your card has not been charged. Please choose another way to pay, or ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Платіжний термінал несправний. З Вашої картки нічого не списано. Будь ласка, виберіть інший спосіб оплати або зверніться до працівників.</translation>
    </message>
    <message>
        <source>The receipt printer is not ready, so the card terminal cannot take payments now. Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Принтер квитанцій не готовий, тому платіжний термінал зараз не може приймати платежі. Будь ласка, виберіть інший спосіб оплати.</translation>
    </message>
    <message>
        <source>Please insert, tap or swipe your card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, вставте, прикладіть або проведіть картку.</translation>
    </message>
    <message>
        <source>Please enter your PIN on the card terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть PIN-код на платіжному терміналі.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, зачекайте…</translation>
    </message>
    <message>
        <source>Please remove your card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, вийміть картку.</translation>
    </message>
    <message>
        <source>Connecting to the bank…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>З’єднання з банком…</translation>
    </message>
    <message>
        <source>Payment approved.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплату схвалено.</translation>
    </message>
    <message>
        <source>Payment not approved.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплату не схвалено.</translation>
    </message>
    <message>
        <source>Please choose the card application on the terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, виберіть застосунок картки на терміналі.</translation>
    </message>
    <message>
        <source>We could not confirm whether your card was charged. Your application is saved. Please do not pay again: the staff will check the card terminal and tell you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Нам не вдалося підтвердити, чи було списано кошти з Вашої картки. Вашу заяву збережено. Будь ласка, не платіть повторно: працівники перевірять платіжний термінал і повідомлять Вам.</translation>
    </message>
    <message>
        <source>The card terminal is still checking an earlier payment. Please choose another way to pay, or pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Платіжний термінал ще перевіряє попередній платіж. Будь ласка, виберіть інший спосіб оплати або сплатіть у віконці.</translation>
    </message>
    <message>
        <source>The payment record of this terminal cannot be written. Nothing was charged; please pay at the counter and tell the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається записати дані про оплату на цьому терміналі. Нічого не списано; будь ласка, сплатіть у віконці й повідомте працівників.</translation>
    </message>
    <message>
        <source>Paying by phone is not possible at the moment (no connection to the payment platform). Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплата телефоном зараз неможлива (немає з’єднання з платіжною платформою). Будь ласка, виберіть інший спосіб оплати.</translation>
    </message>
    <message>
        <source>The payment platform did not accept the payment. Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Платіжна платформа не прийняла оплату. Будь ласка, виберіть інший спосіб оплати.</translation>
    </message>
    <message>
        <source>The payment on your phone was not completed. Nothing was charged. Please try again or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплату на Вашому телефоні не завершено. Нічого не списано. Будь ласка, спробуйте ще раз або виберіть інший спосіб оплати.</translation>
    </message>
    <message>
        <source>Checking the receipt printer…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перевірка принтера квитанцій…</translation>
    </message>
    <message>
        <source>Please follow the instructions on the card terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, виконуйте вказівки на платіжному терміналі.</translation>
    </message>
    <message>
        <source>Connecting to the payment platform…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>З’єднання з платіжною платформою…</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone and pay there. This screen continues by itself.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Відскануйте QR-код телефоном і сплатіть там. Цей екран продовжить роботу автоматично.</translation>
    </message>
    <message>
        <source>Scan the code with your banking app, or transfer to: {name}, IBAN {iban}, reference {reference}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Відскануйте код у банківському застосунку або здійсніть переказ: {name}, IBAN {iban}, призначення платежу {reference}.</translation>
    </message>
    <message>
        <source>Your card payment is being checked. Please do not pay again; ask at the counter if you are unsure.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваша оплата карткою перевіряється. Будь ласка, не платіть повторно; якщо не впевнені, запитайте у віконці.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Paying the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплата збору</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збір: {amount}</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Правова підстава: {basis}</translation>
    </message>
    <message>
        <source>Pay by card at the terminal (girocard, credit card, contactless)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплатити карткою на терміналі (girocard, кредитна картка, безконтактно)</translation>
    </message>
    <message>
        <source>Pay on your phone (QR code)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплатити телефоном (QR-код)</translation>
    </message>
    <message>
        <source>Pay by bank transfer (QR code for your banking app)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплатити переказом (QR-код для банківського застосунку)</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Оплатити у віконці</translation>
    </message>
    <message>
        <source>I am exempt from the fee: {reason}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Мене звільнено від збору: {reason}</translation>
    </message>
    <message>
        <source>Choose another way to pay</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вибрати інший спосіб оплати</translation>
    </message>
    <message>
        <source>Pay by card anyway (receipt on the screen)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Все одно оплатити карткою (квитанція на екрані)</translation>
    </message>
    <message>
        <source>I will transfer the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Я перекажу збір</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>QR-код платіжної сторінки</translation>
    </message>
    <message>
        <source>QR code for your banking app</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>QR-код для Вашого банківського застосунку</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The outbox in {path} cannot be opened ({error}). Check the disk; &apos;buergerbuero queue status&apos; shows what it holds.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається відкрити вихідне сховище в {path} ({error}). Перевірте диск; «buergerbuero queue status» показує його вміст.</translation>
    </message>
    <message>
        <source>The data directory {path} cannot be used ({error}). Check that it is a directory the kiosk user may write to, on a disk with free space (setting &apos;data_dir&apos;).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається використати каталог даних {path} ({error}). Перевірте, що це каталог, у який користувач кіоску може писати, на диску з вільним місцем (параметр «data_dir»).</translation>
    </message>
    <message>
        <source>The file {path} of the setting &apos;{key}&apos; cannot be read ({error}). Put the file there, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається прочитати файл {path} з параметра «{key}» ({error}). Покладіть туди файл або виправте параметр.</translation>
    </message>
    <message>
        <source>The directory {path} of the setting &apos;{key}&apos; cannot be used ({error}). Create it, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається використати каталог {path} з параметра «{key}» ({error}). Створіть його або виправте параметр.</translation>
    </message>
    <message>
        <source>The terminal&apos;s self-check could not run ({error}). See the kiosk&apos;s log (journalctl -u buergerbuero).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Самоперевірка термінала не змогла виконатися ({error}). Дивіться журнал кіоску (journalctl -u buergerbuero).</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt printer is not ready (no paper, or switched off). Your receipt is shown on the screen; please photograph the QR code.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Принтер квитанцій не готовий (немає паперу або вимкнений). Вашу квитанцію показано на екрані; будь ласка, сфотографуйте QR-код.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. It is shown on the screen; please photograph the QR code.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдалося надрукувати квитанцію. Її показано на екрані; будь ласка, сфотографуйте QR-код.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Квитанція</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <source>Reference number (Vorgangsnummer):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Номер справи (Vorgangsnummer):</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збір: {amount}</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Код платежу (Kassenzeichen): {reference}</translation>
    </message>
    <message>
        <source>Paid: {method}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сплачено: {method}</translation>
    </message>
    <message>
        <source>Not paid yet: please pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ще не сплачено: будь ласка, сплатіть у віконці.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збір не сплачується.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Очікується оплата банківським переказом.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сплатити у віконці.</translation>
    </message>
    <message>
        <source>Fee exemption claimed; please bring your proof to the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заявлено звільнення від збору; будь ласка, принесіть підтвердження до віконця.</translation>
    </message>
    <message>
        <source>card</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>картка</translation>
    </message>
    <message>
        <source>online payment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>онлайн-оплата</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>банківський переказ</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>у віконці</translation>
    </message>
    <message>
        <source>exemption</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>звільнення</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>немає</translation>
    </message>
    <message>
        <source>What happens next: your application is sent to the citizens&apos; office. With the reference number above the office can tell you how far it is. Please keep this receipt.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Що далі: вашу заяву буде передано до бюро громадян. За номером справи вище бюро може повідомити, на якому етапі вона перебуває. Будь ласка, збережіть цю квитанцію.</translation>
    </message>
    <message>
        <source>Please transfer the fee within 14 days, with the payment reference above.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, перекажіть збір протягом 14 днів, вказавши код платежу (Kassenzeichen), наведений вище.</translation>
    </message>
    <message>
        <source>Card payment receipt (customer copy):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Чек оплати карткою (примірник клієнта):</translation>
    </message>
    <message>
        <source>Your receipt has been printed: please take it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вашу квитанцію надруковано: будь ласка, візьміть її.</translation>
    </message>
    <message>
        <source>The fee has been paid. Thank you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збір сплачено. Дякуємо.</translation>
    </message>
    <message>
        <source>Please transfer the fee with the payment reference {reference}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, перекажіть збір, вказавши код платежу (Kassenzeichen) {reference}.</translation>
    </message>
    <message>
        <source>Please pay the fee at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, сплатіть збір у віконці.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: please bring your proof to the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Заявлено звільнення від збору: будь ласка, принесіть підтвердження до віконця.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>QR code of your reference number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>QR-код Вашого номера справи</translation>
    </message>
    <message>
        <source>Thank you! Your application has been received.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дякуємо! Вашу заяву отримано.</translation>
    </message>
    <message>
        <source>Your reference number (Vorgangsnummer):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваш номер справи (Vorgangsnummer):</translation>
    </message>
    <message>
        <source>Please note the number or photograph the QR code. With this number the citizens&apos; office can tell you how far your application is.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, запишіть номер або сфотографуйте QR-код. За цим номером Бюро громадян (Bürgerbüro) може сказати Вам, на якому етапі Ваша заява.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>More time</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Більше часу</translation>
    </message>
    <message>
        <source>Accepted by the citizens&apos; office.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прийнято Бюро громадян (Bürgerbüro).</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>
            <numerusform>Цей екран закриється через %n секунду.</numerusform>
            <numerusform>Цей екран закриється через %n секунди.</numerusform>
            <numerusform>Цей екран закриється через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the citizens&apos; office.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Передано до Бюро громадян (Bürgerbüro).</translation>
    </message>
    <message>
        <source>Saved on this terminal. The office could not accept it automatically; the staff will take care of it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збережено на цьому терміналі. Бюро громадян не змогло прийняти заяву автоматично; працівники подбають про це.</translation>
    </message>
    <message>
        <source>Saved on this terminal. It will be sent automatically as soon as the network is available.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збережено на цьому терміналі. Заяву буде надіслано автоматично, щойно з’явиться мережа.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Please check your details</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, перевірте свої дані</translation>
    </message>
    <message>
        <source>If something is wrong, tap &apos;Change&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Якщо щось неправильно, натисніть «Змінити».</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Change: {section}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Змінити: {section}</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збір: {amount}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Звільнення або знижка можливі для: {list}</translation>
    </message>
    <message>
        <source>Continue to signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Далі до підпису</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <source>Next</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Далі</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What would you like to apply for?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Що Ви хочете оформити?</translation>
    </message>
    <message>
        <source>Tap a service. Services marked &apos;at the counter&apos; are not yet offered on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Виберіть послугу. Послуги з позначкою «у віконці» на цьому терміналі поки що недоступні.</translation>
    </message>
    <message>
        <source>For every service you need your ID card, passport or residence permit.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для кожної послуги потрібне ваше посвідчення особи, паспорт або дозвіл на проживання.</translation>
    </message>
    <message>
        <source>{service} — at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{service} — у віконці</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збір: {amount}</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Безкоштовно</translation>
    </message>
    <message>
        <source>You also need: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Також потрібно: {list}</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Please sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, розпишіться в полі пальцем або стилусом.</translation>
    </message>
    <message>
        <source>The signature is too small. Please sign across the box as you would on paper.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис занадто малий. Будь ласка, розпишіться на все поле, як на папері.</translation>
    </message>
    <message>
        <source>A straight line is not a signature. Please sign with your name as you would on paper.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Пряма лінія — це не підпис. Будь ласка, розпишіться своїм ім’ям, як на папері.</translation>
    </message>
    <message>
        <source>Handwritten signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Власноручний підпис</translation>
    </message>
    <message>
        <source>{path} holds no office CA (ca.crt). Create one with &apos;buergerbuero signature ca create {path}&apos; or import the city&apos;s CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} не містить CA установи (ca.crt). Створіть її командою «buergerbuero signature ca create {path}» або імпортуйте CA міста.</translation>
    </message>
    <message>
        <source>The office CA in {path} was imported without its key: the city&apos;s CA signs the device requests. Send it {csr}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>CA установи в {path} імпортовано без її ключа: запити пристроїв підписує CA міста. Надішліть їй {csr}.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate request ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} не є читабельним запитом на сертифікат ({error}).</translation>
    </message>
    <message>
        <source>This key already has a certificate (serial {serial}, {device}). Every device needs its own key: run &apos;signature enroll request&apos; on the new device.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Для цього ключа вже є сертифікат (серійний номер {serial}, {device}). Кожному пристрою потрібен власний ключ: виконайте «signature enroll request» на новому пристрої.</translation>
    </message>
    <message>
        <source>No certificate with serial {serial} was issued by this CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ця CA не видавала сертифіката із серійним номером {serial}.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} не є читабельним сертифікатом ({error}).</translation>
    </message>
    <message>
        <source>The certificate {path} was not issued for this device&apos;s key. Install the certificate the CA issued for this device&apos;s request.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сертифікат {path} видано не для ключа цього пристрою. Установіть сертифікат, який CA видала на запит цього пристрою.</translation>
    </message>
    <message>
        <source>The certificate {path} is not a device certificate of the office ({why}). Ask the technician to issue one with the office CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сертифікат {path} не є сертифікатом пристрою установи ({why}). Попросіть технічну службу видати його через CA установи.</translation>
    </message>
    <message>
        <source>This device has no signing key yet. Run &apos;buergerbuero signature enroll request&apos; first.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цей пристрій ще не має ключа підпису. Спочатку виконайте «buergerbuero signature enroll request».</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Роль має бути однією з: {roles}.</translation>
    </message>
    <message>
        <source>Pages were added or removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Після створення підпису в «{field}» сторінки було додано або видалено.</translation>
    </message>
    <message>
        <source>The page was changed after the signature in &apos;{field}&apos; was made: page {page} content.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сторінку змінено після створення підпису в «{field}»: вміст сторінки {page}.</translation>
    </message>
    <message>
        <source>Something that shows on page {page} (an annotation) was added or changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Щось, що видно на сторінці {page} (анотацію), додано або змінено після створення підпису в «{field}».</translation>
    </message>
    <message>
        <source>A field the document did not plan was added after the signature in &apos;{field}&apos; was made: &apos;{name}&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Після створення підпису в «{field}» додано поле, не передбачене документом: «{name}».</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поле «{name}» видалено після створення підпису в «{field}».</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was filled in or changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поле «{name}» заповнено або змінено після створення підпису в «{field}».</translation>
    </message>
    <message>
        <source>Signature &apos;{name}&apos; was removed or replaced after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис «{name}» видалено або замінено після створення підпису в «{field}».</translation>
    </message>
    <message>
        <source>An embedded file was added, replaced or removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Після створення підпису в «{field}» вбудований файл було додано, замінено або видалено.</translation>
    </message>
    <message>
        <source>The document&apos;s structure ({part}) was changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Структуру документа ({part}) змінено після створення підпису в «{field}».</translation>
    </message>
    <message>
        <source>The document cannot be compared with what the signature in &apos;{field}&apos; covers ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Документ не можна порівняти з тим, що охоплює підпис у «{field}» ({error}).</translation>
    </message>
    <message>
        <source>The signing token ({token} in {module}) cannot be used ({error}). Ask the technician to check the token, its PIN file and the settings &apos;signing_pkcs11_*&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Токен підпису ({token} у {module}) не можна використати ({error}). Попросіть технічну службу перевірити токен, його PIN-файл і налаштування «signing_pkcs11_*».</translation>
    </message>
    <message>
        <source>No trust anchor was given: without the office&apos;s CA certificate (--trust DIR or the setting &apos;trust_dir&apos;) no signature can be called trusted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вказано якоря довіри: без CA-сертифіката установи (--trust DIR або налаштування «trust_dir») жоден підпис не можна вважати довіреним.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Файл не є читабельним PDF ({error}).</translation>
    </message>
    <message>
        <source>The PDF carries no signature.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PDF не містить підпису.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was removed after it was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» було видалено після його створення.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is malformed and cannot be checked: {error}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» має неправильну структуру й не може бути перевірений: {error}.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; no longer matches the document: the signed bytes were changed after signing.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» більше не відповідає документу: підписані байти змінено після підписання.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not a valid signature of its certificate&apos;s key.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» не є дійсним підписом ключа свого сертифіката.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; leaves part of its revision unsigned (its /ByteRange does not cover the file).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» залишає частину своєї редакції непідписаною (його /ByteRange не охоплює файл).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a key the office does not know ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» створено ключем, якого установа не знає ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a device whose certificate the office revoked ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» створено пристроєм, сертифікат якого установа відкликала ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is expired or not yet valid ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» створено сертифікатом, строк дії якого минув або ще не настав ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; cannot be checked for revocation: the office&apos;s revocation list (CRL) is missing from the trust store or out of date ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» не можна перевірити на відкликання: список відкликаних сертифікатів (CRL) установи відсутній у сховищі довіри або застарів ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is no device certificate of the office: {why} ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» створено сертифікатом, який не є сертифікатом пристрою установи: {why} ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not trusted ({why}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» не є довіреним ({why}).</translation>
    </message>
    <message>
        <source>The timestamp of the signature in &apos;{field}&apos; cannot be trusted ({why}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Позначці часу підпису в «{field}» не можна довіряти ({why}).</translation>
    </message>
    <message>
        <source>The document was changed after the signature in &apos;{field}&apos; in a way its lock does not allow ({level}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Документ після підпису в «{field}» змінено у спосіб, який не дозволяє його блокування ({level}).</translation>
    </message>
    <message>
        <source>The first signature (&apos;{field}&apos;) sets no lock (DocMDP or FieldMDP): later changes to the document would not be restricted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перший підпис («{field}») не встановлює блокування (DocMDP або FieldMDP): подальші зміни документа не були б обмежені.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; has no biometric container.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис у «{field}» не має біометричного контейнера.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; was changed after signing.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Біометричний контейнер «{field}» змінено після підписання.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; is damaged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Біометричний контейнер «{field}» пошкоджено.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to field &apos;{other}&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Біометричний контейнер «{field}» належить до поля «{other}».</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to a different document.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Біометричний контейнер «{field}» належить до іншого документа.</translation>
    </message>
    <message>
        <source>Refused: the document is not intact or not trusted, so its pen data is not evidence: {reasons}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Відхилено: документ не цілісний або не довірений, тому його дані пера не є доказом: {reasons}</translation>
    </message>
    <message>
        <source>Handwritten signature at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Власноручний підпис у віконці</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <source>Please sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, підпишіть</translation>
    </message>
    <message>
        <source>I confirm that my details are correct and complete. Sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Я підтверджую, що мої дані правильні та повні. Розпишіться в полі пальцем або стилусом.</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Стерти й підписати знову</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Подати заяву</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Voice output cannot be played: no audio player (aplay) is installed on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Голосовий супровід неможливо відтворити: на цьому терміналі не встановлено аудіопрогравач (aplay).</translation>
    </message>
    <message>
        <source>Voice output cannot be played: the terminal&apos;s sound output is not working. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Голосовий супровід неможливо відтворити: звуковий вихід термінала не працює. Будь ласка, зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>Voice output is not installed on this terminal (espeak-ng is missing).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Голосовий супровід на цьому терміналі не встановлено (бракує espeak-ng).</translation>
    </message>
    <message>
        <source>Voice output is not available in this language.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Голосовий супровід цією мовою недоступний.</translation>
    </message>
    <message>
        <source>Your entry</source>
        <extracomment>Said instead of a private value when no headset is plugged in.</extracomment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваше введення</translation>
    </message>
    <message>
        <source>Voice output failed. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Збій голосового супроводу. Будь ласка, зверніться по допомогу до працівників.</translation>
    </message>
    <message>
        <source>selected</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>вибрано</translation>
    </message>
    <message>
        <source>not selected</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>не вибрано</translation>
    </message>
    <message>
        <source>Choices: {options}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Варіанти: {options}.</translation>
    </message>
    <message>
        <source>Your details are read aloud only through a headset. Connect a headset to hear them.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваші дані зачитуються вголос лише через навушники. Під’єднайте навушники, щоб їх почути.</translation>
    </message>
    <message>
        <source>Voice output is on.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Голосовий супровід увімкнено.</translation>
    </message>
    <message>
        <source>Headset connected. Voice output is on, and your details are read aloud too.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Навушники під’єднано. Голосовий супровід увімкнено, і Ваші дані теж зачитуються вголос.</translation>
    </message>
    <message>
        <source>Headset removed. Your details are no longer read aloud.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Навушники від’єднано. Ваші дані більше не зачитуються вголос.</translation>
    </message>
    <message>
        <source>Volume {level} of {max}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Гучність {level} з {max}</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Repeat</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Зупинити читання</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Тихіше</translation>
    </message>
    <message>
        <source>Louder</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Голосніше</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Вимкнути голос</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Reading the outbox…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Читання черги вихідних…</translation>
    </message>
    <message>
        <source>Waiting: {queued} · Sending: {sending} · Sent: {sent} · Failed: {failed} · Oldest waiting: {minutes} min</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Очікують: {queued} · Надсилаються: {sending} · Надіслано: {sent} · Помилка: {failed} · Найдовше очікує: {minutes} хв</translation>
    </message>
    <message>
        <source>Staff: applications on this terminal</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Працівники: заяви на цьому терміналі</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Повторити невдалі</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Вийти з кіоску</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN-код персоналу</translation>
    </message>
    <message>
        <source>Technicians: the staff PIN ends the kiosk.</source>
        <translation>Для техніків: PIN-код персоналу завершує роботу кіоску.</translation>
    </message>
    <message>
        <source>The kiosk can be left only with a staff PIN in the site configuration (staff_pin).</source>
        <translation>Вийти з кіоску можна лише з PIN-кодом персоналу в конфігурації місця (staff_pin).</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Неправильний PIN-код.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a few minutes and try again.</source>
        <translation>Забагато неправильних PIN-кодів. Зачекайте кілька хвилин і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The outbox cannot be read: {error}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається прочитати чергу вихідних: {error}</translation>
    </message>
    <message>
        <source>Failed applications (kept on this terminal):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Невдалі заяви (збережено на цьому терміналі):</translation>
    </message>
    <message>
        <source>No failed applications.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Невдалих заяв немає.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>The statistics file {path} cannot be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається прочитати файл статистики {path}.</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>Terminal figures</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Показники термінала</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}, terminal {terminal}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сеанси з {first} по {last}, термінал {terminal}</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У цей період сеансів не було.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сеанси</translation>
    </message>
    <message>
        <source>Completed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Завершені</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Перервані</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Частка завершених</translation>
    </message>
    <message>
        <source>Satisfaction (mean of {count} answers, 1 to 5)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Задоволеність (середнє з {count} відповідей, від 1 до 5)</translation>
    </message>
    <message>
        <source>Median minutes of a completed session</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Медіана хвилин завершеного сеансу</translation>
    </message>
    <message>
        <source>Median seconds until the office confirmed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Медіана секунд до підтвердження установою</translation>
    </message>
    <message>
        <source>Where abandoned sessions stopped</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Де зупинилися перервані сеанси</translation>
    </message>
    <message>
        <source>Seconds per step: {service}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Секунди на крок: {service}</translation>
    </message>
    <message>
        <source>Median</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Медіана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>Satisfaction: answers per face</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Задоволеність: відповіді за кожним обличчям</translation>
    </message>
    <message>
        <source>Identification methods (completed sessions)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Способи ідентифікації (завершені сеанси)</translation>
    </message>
    <message>
        <source>Payment methods (completed sessions)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Способи оплати (завершені сеанси)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Мови</translation>
    </message>
    <message>
        <source>No personal data: no names, answers or reference numbers, times only to the hour.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Жодних персональних даних: ні імен, ні відповідей, ні номерів справ; час лише з точністю до години.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The terminal&apos;s signing key cannot be read ({error}). Ask the technician to check the disk and the settings &apos;signing_key&apos; and &apos;signing_cert&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається прочитати ключ підпису термінала ({error}). Попросіть технічну службу перевірити носій даних і налаштування «signing_key» та «signing_cert».</translation>
    </message>
    <message>
        <source>The application could not be saved on this terminal. Please try again; if it happens again, ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдалося зберегти заяву на цьому терміналі. Будь ласка, спробуйте ще раз; якщо це повториться, зверніться по допомогу до працівників.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>There is no outbox in {path}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>У {path} немає черги вихідних.</translation>
    </message>
    <message>
        <source>The storage key of this terminal cannot be used. Applications cannot be saved or sent until a technician has checked the terminal. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ключ сховища цього термінала не можна використати. Заяви не можна зберігати чи надсилати, доки технічна служба не перевірить термінал. Будь ласка, зверніться до працівників у віконці.</translation>
    </message>
    <message>
        <source>A saved application on this terminal cannot be read (it is damaged or was saved with another key). Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається прочитати збережену на цьому терміналі заяву (вона пошкоджена або збережена з іншим ключем). Будь ласка, зверніться до працівників у віконці.</translation>
    </message>
    <message>
        <source>This application could not be saved on the terminal. Nothing you saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдалося зберегти цю заяву на терміналі. Раніше збережене не втрачено. Будь ласка, зверніться до працівників у віконці.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be opened. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається відкрити сховище заяв цього термінала. Раніше збережене не втрачено. Будь ласка, зверніться до працівників у віконці.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be used at the moment. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Сховище заяв цього термінала зараз не можна використати. Раніше збережене не втрачено. Будь ласка, зверніться до працівників у віконці.</translation>
    </message>
    <message>
        <source>This terminal is not allowed to send to the central case system at the moment (its access was refused). The application is kept safely on this terminal. Please ask a technician.</source>
        <translation>Цьому терміналу зараз не дозволено надсилати до центральної системи обробки справ (у доступі відмовлено). Заява надійно зберігається на цьому терміналі. Будь ласка, зверніться до технічної служби.</translation>
    </message>
    <message>
        <source>The central case system cannot be reached at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Центральна система обробки справ зараз недоступна. Заява надійно зберігається на цьому терміналі й буде надіслана автоматично.</translation>
    </message>
    <message>
        <source>The central case system is busy at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Центральна система обробки справ зараз перевантажена. Заява надійно зберігається на цьому терміналі й буде надіслана автоматично.</translation>
    </message>
    <message>
        <source>The connection to the central case system is not trusted (its certificate could not be verified). Nothing is sent. The application is kept safely on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>З’єднання з центральною системою обробки справ не є довіреним (не вдалося перевірити її сертифікат). Нічого не надсилається. Заява надійно зберігається на цьому терміналі. Будь ласка, зверніться до технічної служби.</translation>
    </message>
    <message>
        <source>The central case system did not accept the application (error {status}). The application is kept on this terminal. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Центральна система обробки справ не прийняла заяву (помилка {status}). Заява зберігається на цьому терміналі. Будь ласка, зверніться до працівників у віконці.</translation>
    </message>
    <message>
        <source>The encryption key of the central case system was refused: it does not meet the security requirements. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ключ шифрування центральної системи обробки справ відхилено: він не відповідає вимогам безпеки. Нічого не надіслано; заява зберігається на цьому терміналі. Будь ласка, зверніться до техніка.</translation>
    </message>
    <message>
        <source>The answer of the central case system could not be verified. The application is kept safely on this terminal and will be checked again automatically.</source>
        <translation>Не вдалося перевірити відповідь центральної системи обробки справ. Заява надійно зберігається на цьому терміналі й буде автоматично перевірена ще раз.</translation>
    </message>
    <message>
        <source>This application cannot be sent to the case system in its present form. It is kept on this terminal. Please ask the staff at the counter.</source>
        <translation>Цю заяву не можна надіслати до системи обробки справ у її теперішньому вигляді. Заява зберігається на цьому терміналі. Будь ласка, зверніться до працівників у віконці.</translation>
    </message>
    <message>
        <source>The central case system&apos;s destination does not take this kind of application. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Пункт доставки центральної системи обробки справ не приймає заяви такого виду. Нічого не надіслано; заява збережена на цьому терміналі. Будь ласка, зверніться до техніка.</translation>
    </message>
</context>
<context>
    <name>Tablet</name>
    <message>
        <source>The tablet cannot listen on {host}, port {port} ({error}). Another program may use the port: stop it, or choose another port with --port.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Планшет не може слухати на {host}, порт {port} ({error}). Можливо, порт використовує інша програма: зупиніть її або виберіть інший порт через --port.</translation>
    </message>
    <message>
        <source>The TLS certificate {cert} or its key {key} cannot be used ({error}). Give the PEM files with --tls-cert and --tls-key (the key matching the certificate).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається використати сертифікат TLS {cert} або його ключ {key} ({error}). Вкажіть файли PEM через --tls-cert і --tls-key (ключ, що відповідає сертифікату).</translation>
    </message>
</context>
<context>
    <name>TabletWindow</name>
    <message>
        <source>Signing at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підписання у віконці</translation>
    </message>
    <message>
        <source>The clerk sends the document here. You can read it first and then sign it with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Працівник надішле документ сюди. Ви можете спочатку прочитати його, а потім підписати пальцем або стилусом.</translation>
    </message>
    <message>
        <source>Please sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, підпишіть</translation>
    </message>
    <message>
        <source>Read the document. Then sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прочитайте документ. Потім розпишіться в полі пальцем або стилусом.</translation>
    </message>
    <message>
        <source>Signature box</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Поле для підпису</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не підписувати</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Стерти й підписати знову</translation>
    </message>
    <message>
        <source>Confirm signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підтвердити підпис</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Документ для підпису</translation>
    </message>
    <message>
        <source>Thank you. The signed document is being prepared…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дякуємо. Підписаний документ готується…</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ваш підпис</translation>
    </message>
    <message>
        <source>Signature {n} of {total}: {field}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Підпис {n} з {total}: {field}</translation>
    </message>
    <message>
        <source>This signature goes on page {page} of the document.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цей підпис буде на сторінці {page} документа.</translation>
    </message>
    <message>
        <source>Thank you. Your signature is with the clerk now.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Дякуємо. Ваш підпис уже в працівника.</translation>
    </message>
    <message>
        <source>The document was not signed. The clerk has been told.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Документ не підписано. Працівника повідомлено.</translation>
    </message>
    <message>
        <source>The clerk has taken the document back.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Працівник забрав документ назад.</translation>
    </message>
    <message>
        <source>The document could not be signed. Please tell the clerk.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдалося підписати документ. Будь ласка, повідомте працівника.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please take the document from the scanner, or choose to hand it in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, візьміть документ зі сканера або виберіть, що здасте його у віконці.</translation>
    </message>
    <message>
        <source>This kind of file cannot be used here. Please scan the document again as one of: {kinds}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цей тип файлу тут не можна використати. Будь ласка, відскануйте документ знову в одному з форматів: {kinds}.</translation>
    </message>
    <message>
        <source>This file is too large ({size}; at most {max}). Please scan it with a lower resolution, or hand the document in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цей файл завеликий ({size}; щонайбільше {max}). Будь ласка, відскануйте з меншою роздільною здатністю або здайте документ у віконці.</translation>
    </message>
    <message>
        <source>This file cannot be read; it may be damaged or incomplete. Please scan the document again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Не вдається прочитати цей файл; можливо, він пошкоджений або неповний. Будь ласка, відскануйте документ знову.</translation>
    </message>
    <message>
        <source>This image uses a colour format for printing (CMYK). Please scan the document again in colour or greyscale.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Це зображення використовує колірний формат для друку (CMYK). Будь ласка, відскануйте документ знову в кольорі або у відтінках сірого.</translation>
    </message>
    <message>
        <source>This image has too many pixels. Please scan it with a lower resolution; 300 dpi is enough.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Це зображення має забагато пікселів. Будь ласка, відскануйте з меншою роздільною здатністю; 300 dpi достатньо.</translation>
    </message>
    <message>
        <source>Please use a photo in portrait format (taller than wide), as for a passport.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, використайте фото у вертикальному форматі (висота більша за ширину), як для паспорта.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Please scan the paper document instead, or hand it in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цей PDF захищено паролем. Будь ласка, натомість відскануйте паперовий документ або здайте його у віконці.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, заповніть це поле.</translation>
    </message>
    <message>
        <source>Please shorten this to at most {max} characters (now {count}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, скоротіть текст до {max} символів (зараз {count}).</translation>
    </message>
    <message>
        <source>Please remove the special characters that cannot be printed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, видаліть спеціальні символи, які не можна надрукувати.</translation>
    </message>
    <message>
        <source>Please use letters only; spaces, hyphens (-) and apostrophes (&apos;) are allowed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, використовуйте лише літери; пробіли, дефіси (-) і апострофи (&apos;) дозволені.</translation>
    </message>
    <message>
        <source>Please enter the date as DD.MM.YYYY, for example 24.03.1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть дату у форматі ДД.ММ.РРРР, наприклад 24.03.1985.</translation>
    </message>
    <message>
        <source>Please write the year with four digits, for example 1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, запишіть рік чотирма цифрами, наприклад 1985.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check day and month.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Такої дати не існує. Будь ласка, перевірте день і місяць.</translation>
    </message>
    <message>
        <source>This date is in the future. Please enter a date in the past.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ця дата в майбутньому. Будь ласка, введіть дату в минулому.</translation>
    </message>
    <message>
        <source>Please check the year: the date is more than {years} years ago.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, перевірте рік: ця дата понад {years} років тому.</translation>
    </message>
    <message>
        <source>Please check the year: the date must be at least {years} years ago.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, перевірте рік: дата має бути щонайменше {years} років тому.</translation>
    </message>
    <message>
        <source>Please enter the 5-digit postal code, for example 55116.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть 5-значний поштовий індекс, наприклад 55116.</translation>
    </message>
    <message>
        <source>Please enter a whole number from {min} to {max}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть ціле число від {min} до {max}.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть ціле число.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, виберіть один із варіантів.</translation>
    </message>
    <message>
        <source>Please enter a house number such as 12, 12a or 7-9.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть номер будинку, наприклад 12, 12a або 7-9.</translation>
    </message>
    <message>
        <source>Please use Latin letters only, as in a German passport; some characters here cannot be recorded by the registry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, використовуйте лише латинські літери, як у німецькому паспорті; деякі символи тут реєстр не може зберегти.</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12,5.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть число, наприклад 12 або 12,5.</translation>
    </message>
    <message>
        <source>Please enter a number from {min} to {max}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть число від {min} до {max}.</translation>
    </message>
    <message>
        <source>Please enter an amount in euros, for example 12,50.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть суму в євро, наприклад 12,50.</translation>
    </message>
    <message>
        <source>Please choose yes or no.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, виберіть «Так» або «Ні».</translation>
    </message>
    <message>
        <source>Please choose at least {min} of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, виберіть щонайменше {min} з варіантів.</translation>
    </message>
    <message>
        <source>Please choose at most {max} of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, виберіть щонайбільше {max} з варіантів.</translation>
    </message>
    <message>
        <source>Please enter the IBAN as printed on your bank card, for example DE89 3704 0044 0532 0130 00.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть IBAN так, як на Вашій банківській картці, наприклад DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <source>This IBAN contains a typing error (its check digits do not match). Please compare it with your bank card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Цей IBAN містить помилку (контрольні цифри не збігаються). Будь ласка, звірте його зі своєю банківською карткою.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address such as name@example.de.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть адресу електронної пошти, наприклад name@example.de.</translation>
    </message>
    <message>
        <source>Please enter a phone number using digits, for example 06131 12345 or +49 6131 12345.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть номер телефону цифрами, наприклад 06131 12345 або +49 6131 12345.</translation>
    </message>
    <message>
        <source>Please check the format of this entry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, перевірте формат цього запису.</translation>
    </message>
    <message>
        <source>Please enter a date at most {days} days from today.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, введіть дату не пізніше ніж через {days} днів від сьогодні.</translation>
    </message>
    <message>
        <source>Please add at least {min} entries.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, додайте щонайменше {min} записів.</translation>
    </message>
    <message>
        <source>Please add at most {max} entries.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, додайте щонайбільше {max} записів.</translation>
    </message>
    <message>
        <source>Entry {number} is incomplete or has a mistake. Please check it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Запис {number} неповний або містить помилку. Будь ласка, перевірте його.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to the {office}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ласкаво просимо до {office}</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Будь ласка, виберіть мову</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted until the office has it, then erased.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Після завершення на цьому пристрої не видно нічого з Ваших даних. Ваша заява зберігається тут зашифрованою, доки її не отримає бюро, потім її видаляють.</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted and erased {days} days after the office has it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Після завершення на цьому пристрої не видно нічого з Ваших даних. Ваша заява зберігається тут зашифрованою і видаляється через {days} дн. після того, як її отримає бюро.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Прочитати вголос</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Реєстрація на запис</translation>
    </message>
</context>
</TS>
