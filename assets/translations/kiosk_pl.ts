<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Address</name>
    <message>
        <source>Street</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>House number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numer domu</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Miejscowość</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>Check in for your appointment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zgłoś przybycie na wizytę</translation>
    </message>
    <message>
        <source>Hold the QR code of your appointment confirmation under the scanner, or type the code from the confirmation (for example 100044-57c2).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Przyłóż kod QR z potwierdzenia wizyty pod skaner albo wpisz kod z potwierdzenia (na przykład 100044-57c2).</translation>
    </message>
    <message>
        <source>Code from your confirmation</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kod z potwierdzenia</translation>
    </message>
    <message>
        <source>Check in</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zgłoś się</translation>
    </message>
    <message>
        <source>One moment, please …</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Chwileczkę …</translation>
    </message>
    <message>
        <source>No appointment: take a waiting ticket</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bez wizyty: pobierz numerek</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Which service do you need? You will get a waiting ticket.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Jakiej usługi potrzebujesz? Otrzymasz numerek.</translation>
    </message>
    <message>
        <source>Your ticket is being printed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Twój bilet jest drukowany.</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odbierz bilet z drukarki.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się wydrukować biletu. Zapamiętaj swój numer.</translation>
    </message>
    <message>
        <source>You are checked in. The display may take a few minutes to show it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Przybycie zgłoszone. Na wyświetlaczu może to pojawić się za kilka minut.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Waiting ticket</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bilet kolejkowy</translation>
    </message>
    <message>
        <source>Your number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Twój numer</translation>
    </message>
    <message>
        <source>Counter area: {area}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strefa obsługi: {area}</translation>
    </message>
    <message>
        <source>Your appointment: {time}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Twoja wizyta: {time}</translation>
    </message>
    <message>
        <source>Please wait until your number is called on the screen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Poczekaj, aż twój numer pojawi się na ekranie.</translation>
    </message>
    <message>
        <source>This code does not match any of today&apos;s appointments. Please check it, or take a waiting ticket without an appointment.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten kod nie pasuje do żadnej dzisiejszej wizyty. Sprawdź go albo pobierz numerek bez wizyty.</translation>
    </message>
    <message>
        <source>This is not the code of an appointment confirmation. Please check it, or take a waiting ticket without an appointment.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>To nie jest kod z potwierdzenia wizyty. Sprawdź go albo pobierz numerek bez wizyty.</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Please wait until your number is called.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Przybycie na tę wizytę zostało już zgłoszone. Poczekaj, aż twój numer zostanie wywołany.</translation>
    </message>
    <message>
        <source>Checking in is not possible at the moment. Please take a waiting ticket without an appointment or ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zgłoszenie przybycia nie jest teraz możliwe. Pobierz numerek bez wizyty albo zapytaj przy okienku.</translation>
    </message>
</context>
<context>
    <name>Cancel</name>
    <message>
        <source>Cancel the application?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Anulować wniosek?</translation>
    </message>
    <message>
        <source>Everything you entered is deleted, and the terminal starts again for the next person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wszystko, co zostało wpisane, zostanie usunięte, a urządzenie zacznie od nowa dla następnej osoby.</translation>
    </message>
    <message>
        <source>Yes, cancel and delete</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tak, anuluj i usuń</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie, kontynuuj</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>The card reader could not read the chip. Please try again, or type in your details. If it happens again, ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Czytnik kart nie mógł odczytać chipa. Proszę spróbować ponownie lub wpisać dane ręcznie. Jeśli sytuacja się powtórzy, proszę zwrócić się o pomoc do pracowników przy okienku.</translation>
    </message>
    <message>
        <source>The card reader is not answering. Please type in your details, or ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Czytnik kart nie odpowiada. Proszę wpisać dane ręcznie lub zwrócić się o pomoc do pracowników przy okienku.</translation>
    </message>
    <message>
        <source>The card reader service is not running. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Usługa czytnika kart nie działa. Proszę zwrócić się o pomoc do personelu.</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie podłączono czytnika kart. Proszę zwrócić się o pomoc do personelu.</translation>
    </message>
    <message>
        <source>No document is lying on the card reader. Please place your ID card or passport on the reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Na czytniku kart nie ma dokumentu. Proszę położyć dowód osobisty lub paszport na czytniku.</translation>
    </message>
    <message>
        <source>The document was removed while it was being read. Please place it on the reader again and leave it there until the form is filled in.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dokument został zdjęty w trakcie odczytu. Proszę położyć go ponownie na czytniku i pozostawić tam do czasu wypełnienia formularza.</translation>
    </message>
    <message>
        <source>This card is not an ID card, passport or residence permit with a chip. Please type in your details instead.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ta karta nie jest dowodem osobistym, paszportem ani kartą pobytu z chipem. Proszę zamiast tego wpisać dane ręcznie.</translation>
    </message>
    <message>
        <source>The chip did not accept the numbers entered. Please check the card access number or the document number and dates, and try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Chip nie przyjął wprowadzonych numerów. Proszę sprawdzić numer dostępu do karty (CAN) albo numer dokumentu i daty, a następnie spróbować ponownie.</translation>
    </message>
    <message>
        <source>The chip of this document is blocked or suspended. Please type in your details, or ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Chip tego dokumentu jest zablokowany lub zawieszony. Proszę wpisać dane ręcznie lub zwrócić się o pomoc do personelu.</translation>
    </message>
    <message>
        <source>This card reader cannot read this document (it does not support extended-length commands). Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten czytnik kart nie może odczytać tego dokumentu (nie obsługuje poleceń o rozszerzonej długości). Proszę zwrócić się o pomoc do personelu.</translation>
    </message>
    <message>
        <source>The document could not be read. Please place it on the reader again, or type in your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się odczytać dokumentu. Proszę położyć go ponownie na czytniku lub wpisać dane ręcznie.</translation>
    </message>
</context>
<context>
    <name>CardAccessPanel</name>
    <message>
        <source>ID card or residence permit</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dowód osobisty lub karta pobytu</translation>
    </message>
    <message>
        <source>Passport</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Paszport</translation>
    </message>
    <message>
        <source>Document number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numer dokumentu</translation>
    </message>
    <message>
        <source>Date of birth (DD.MM.YYYY)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data urodzenia (DD.MM.RRRR)</translation>
    </message>
    <message>
        <source>Date of expiry (DD.MM.YYYY)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data ważności (DD.MM.RRRR)</translation>
    </message>
    <message>
        <source>Read the chip</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odczytaj chip</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number. It is printed on the front of your ID card, bottom right.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić 6-cyfrowy numer dostępu do karty (CAN). Znajduje się on na przedniej stronie dowodu osobistego, w prawym dolnym rogu.</translation>
    </message>
    <message>
        <source>Please enter the document number and the two dates as printed on the photo page of your passport.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić numer dokumentu i obie daty tak, jak są wydrukowane na stronie paszportu ze zdjęciem.</translation>
    </message>
    <message>
        <source>If your date of birth is printed with XX for the day or month, type XX there too.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Jeśli w Twojej dacie urodzenia zamiast dnia lub miesiąca wydrukowano XX, wpisz tam również XX.</translation>
    </message>
    <message>
        <source>The card access number has exactly 6 digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numer dostępu do karty ma dokładnie 6 cyfr.</translation>
    </message>
    <message>
        <source>Please enter the document number (letters and digits).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić numer dokumentu (litery i cyfry).</translation>
    </message>
    <message>
        <source>Please enter the dates as DD.MM.YYYY, for example 24.03.1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić daty w formacie DD.MM.RRRR, na przykład 24.03.1985.</translation>
    </message>
</context>
<context>
    <name>ChipCheck</name>
    <message>
        <source>Chip check (passive authentication): verified. The data read from the chip is signed by the issuing state.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kontrola chipu (uwierzytelnianie pasywne): potwierdzono. Dane odczytane z chipu są podpisane przez państwo wydające dokument.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): NOT verified. Please check the identity document in person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kontrola chipu (uwierzytelnianie pasywne): NIE potwierdzono. Proszę osobiście sprawdzić dokument tożsamości.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): not done, this terminal has no CSCA certificates configured. Please check the identity document in person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kontrola chipu (uwierzytelnianie pasywne): nie wykonano, na tym terminalu nie skonfigurowano certyfikatów CSCA. Proszę osobiście sprawdzić dokument tożsamości.</translation>
    </message>
    <message>
        <source>The chip also proved that it is the document&apos;s original chip (chip authentication).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Chip potwierdził także, że jest oryginalnym chipem dokumentu (uwierzytelnianie chipu).</translation>
    </message>
    <message>
        <source>The terminal has no revocation list of the issuing state: a revoked document signer would not have been noticed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminal nie ma listy unieważnień państwa wydającego dokument: unieważniony podpisujący dokumenty nie zostałby zauważony.</translation>
    </message>
    <message>
        <source>The chip holds no security data (EF.SOD).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Chip nie zawiera danych zabezpieczających (EF.SOD).</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) could not be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się odczytać danych zabezpieczających chipu (EF.SOD).</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) is damaged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dane zabezpieczające chipu (EF.SOD) są uszkodzone.</translation>
    </message>
    <message>
        <source>The data read from the chip does not match the chip&apos;s security data.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dane odczytane z chipu nie zgadzają się z danymi zabezpieczającymi chipu.</translation>
    </message>
    <message>
        <source>The signature of the chip&apos;s data is not valid.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis danych chipu jest nieważny.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not in the terminal&apos;s store.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certyfikatu państwa wydającego dokument (CSCA) nie ma w magazynie terminala.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not valid.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certyfikat państwa wydającego dokument (CSCA) jest nieważny.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate is not valid today.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certyfikat podpisującego dokumenty jest dziś nieważny.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate has been revoked.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certyfikat podpisującego dokumenty został unieważniony.</translation>
    </message>
    <message>
        <source>The terminal cannot check this document&apos;s signature method.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminal nie może sprawdzić metody podpisu tego dokumentu.</translation>
    </message>
    <message>
        <source>The chip could not prove that it is the document&apos;s original chip (chip authentication).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Chip nie zdołał potwierdzić, że jest oryginalnym chipem dokumentu (uwierzytelnianie chipu).</translation>
    </message>
    <message>
        <source>The chip&apos;s key for chip authentication (EF.CardSecurity) could not be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się odczytać klucza chipu do uwierzytelniania chipu (EF.CardSecurity).</translation>
    </message>
</context>
<context>
    <name>ChoiceSearch</name>
    <message>
        <source>Type to search the list</source>
        <translation>Wpisz, aby przeszukać listę</translation>
    </message>
    <message>
        <source>{count} more: type more letters to narrow the list</source>
        <translation>Jeszcze {count}: wpisz więcej liter, aby zawęzić listę</translation>
    </message>
    <message>
        <source>Nothing found: type fewer letters</source>
        <translation>Nic nie znaleziono: wpisz mniej liter</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a known key. Known keys here: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” nie jest znanym kluczem. Znane klucze w tym miejscu: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a JSON {expected}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi być typu JSON {expected}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is missing. Add it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} brakuje „{key}”. Proszę uzupełnić ten wpis.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” może zawierać tylko małe litery, cyfry, „_” lub „-” i musi zaczynać się od litery.</translation>
    </message>
    <message>
        <source>In the form definition {path}, the id at &apos;{key}&apos; is used twice. Give each one its own id.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} identyfikator w „{key}” występuje dwukrotnie. Każdy wpis musi mieć własny identyfikator.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the German text alone (format 2); the translations belong in assets/translations/forms_*.ts. Run packaging/update-translations.sh.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi zawierać wyłącznie tekst niemiecki (format 2); tłumaczenia należą do assets/translations/forms_*.ts. Proszę uruchomić packaging/update-translations.sh.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a non-empty text.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi być niepustym tekstem.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at least {low}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi wynosić co najmniej {low}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must equal the file name without &apos;.json&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi być równe nazwie pliku bez „.json”.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a three-letter currency code such as EUR.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi być trzyliterowym kodem waluty, np. EUR.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least one entry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi zawierać co najmniej jeden wpis.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be {low}: this kiosk reads no other version of the format.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi mieć wartość {low}: ten kiosk nie odczytuje innej wersji formatu.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a SEPA creditor identifier such as DE98ZZZ09999999999.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi być identyfikatorem wierzyciela SEPA, np. DE98ZZZ09999999999.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of type iban of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi wskazywać pole typu iban tego formularza.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi wskazywać pole tego formularza.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name another field of the same group.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} &apos;{key}&apos; musi wskazywać inne pole tej samej grupy.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a date field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi wskazywać pole daty tego formularza.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a number field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} &apos;{key}&apos; musi wskazywać pole liczbowe tego formularza.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; names an unknown field type. Known types: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” wskazuje nieznany typ pola. Znane typy: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least two fields.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} &apos;{key}&apos; musi wymieniać co najmniej dwa pola.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos;: a file field cannot be part of a repeated group. Ask for the file in a field of its own.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path}, „{key}”: pole pliku nie może być częścią powtarzanej grupy. Proszę pytać o plik w osobnym polu.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a valid regular expression ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” nie jest poprawnym wyrażeniem regularnym ({error}).</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi mieć jedną z wartości: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the value of one of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi być wartością jednej z opcji.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}, each at most once.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” musi mieć wartości spośród: {known}, każdą najwyżej raz.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at most {high}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” może wynosić najwyżej {high}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; may list only images (image/jpeg, image/png) for a photo.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W definicji formularza {path} „{key}” może dla zdjęcia wymieniać tylko obrazy (image/jpeg, image/png).</translation>
    </message>
    <message>
        <source>The form definition {path} is not valid JSON ({error}). Fix the line named in the error.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Definicja formularza {path} nie jest poprawnym plikiem JSON ({error}). Proszę poprawić wiersz wskazany w komunikacie błędu.</translation>
    </message>
    <message>
        <source>The form definition {path} cannot be read ({error}). Check that it exists and is UTF-8 text.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odczytać definicji formularza {path} ({error}). Proszę sprawdzić, czy plik istnieje i zawiera tekst UTF-8.</translation>
    </message>
    <message>
        <source>No card terminal is configured: set &apos;payment_terminal&apos; in the settings file, or give --terminal HOST:PORT.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie skonfigurowano terminala płatniczego: proszę ustawić „payment_terminal” w pliku ustawień lub podać --terminal HOST:PORT.</translation>
    </message>
    <message>
        <source>The settings file {path} is not valid TOML ({error}). Fix the line named in the error, or remove the file to use the defaults.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Plik ustawień {path} nie jest poprawnym plikiem TOML ({error}). Proszę poprawić wiersz wskazany w komunikacie błędu lub usunąć plik, aby użyć ustawień domyślnych.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({error}). Check that it exists and that the kiosk user may read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odczytać pliku ustawień {path} ({error}). Proszę sprawdzić, czy plik istnieje i czy użytkownik kiosku ma prawo go odczytać.</translation>
    </message>
    <message>
        <source>The settings file {path} does not exist. Give the path of an existing file, or leave out --config to use the defaults.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Plik ustawień {path} nie istnieje. Proszę podać ścieżkę istniejącego pliku lub pominąć --config, aby użyć ustawień domyślnych.</translation>
    </message>
    <message>
        <source>Give the path of the terminal&apos;s kiosk.toml.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podaj ścieżkę do pliku kiosk.toml terminala.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} does not match the published schema ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „{key}” w {path} nie jest zgodne z opublikowanym schematem ({error}).</translation>
    </message>
    <message>
        <source>Put the file or directory there, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Umieść tam plik lub katalog albo popraw ustawienie.</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;): {problem}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Magazyn CSCA {path} (ustawienie „csca_dir”): {problem}</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;) holds no CSCA certificate: no document chip can be verified.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Magazyn CSCA {path} (ustawienie „csca_dir”) nie zawiera żadnego certyfikatu CSCA: żaden chip dokumentu nie może zostać potwierdzony.</translation>
    </message>
    <message>
        <source>Put the CSCA certificates, their CRLs and the master lists there; a master list also needs the setting &apos;csca_master_list_anchor&apos; with the certificate its signer was issued by.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Umieść tam certyfikaty CSCA, ich listy unieważnień i listy główne; lista główna wymaga też ustawienia „csca_master_list_anchor” z certyfikatem, który wystawił certyfikat jej podpisującego.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos; in {path}. Known settings: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nieznane ustawienie „{key}” w {path}. Znane ustawienia: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a whole number from {low} to {high}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „{key}” w {path} musi być liczbą całkowitą od {low} do {high}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a non-empty text in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „{key}” w {path} musi być niepustym tekstem w cudzysłowie.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a file path in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „{key}” w {path} musi być ścieżką pliku w cudzysłowie.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a directory path in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „{key}” w {path} musi być ścieżką katalogu w cudzysłowie.</translation>
    </message>
    <message>
        <source>Setting &apos;languages&apos; in {path} must be a list taken from: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „languages” w {path} musi być listą wartości spośród: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a table of a form id and its destination&apos;s id (a UUID) in quotes, e.g. {example}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie &apos;{key}&apos; w {path} musi być tabelą z identyfikatorem formularza i identyfikatorem jego punktu doręczeń (UUID) w cudzysłowie, np. {example}.</translation>
    </message>
    <message>
        <source>In {path}, &apos;idle_warning_s&apos; must be shorter than &apos;idle_timeout_s&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W {path} wartość „idle_warning_s” musi być mniejsza niż „idle_timeout_s”.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal&apos; in {path} must be the card terminal&apos;s address as &quot;host:port&quot;, e.g. &quot;192.168.1.20:20007&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „payment_terminal” w {path} musi być adresem terminala płatniczego w postaci &quot;host:port&quot;, np. &quot;192.168.1.20:20007&quot;.</translation>
    </message>
    <message>
        <source>Write it like this: {example}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapisz to tak: {example}</translation>
    </message>
    <message>
        <source>Remove the line, or correct the name: did you mean &apos;{close}&apos;?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Usuń wiersz lub popraw nazwę: czy chodziło o „{close}”?</translation>
    </message>
    <message>
        <source>Remove the line: this version of the kiosk has no such setting (docs/configuration.md lists them).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Usuń wiersz: ta wersja kiosku nie ma takiego ustawienia (lista w docs/configuration.md).</translation>
    </message>
    <message>
        <source>Correct that line: texts in double quotes, numbers without, lists in [ ], one setting per line.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Popraw ten wiersz: teksty w cudzysłowach, liczby bez, listy w [ ], jedno ustawienie w wierszu.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 text (in the editor: Save as, encoding UTF-8).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapisz plik jako tekst UTF-8 (w edytorze: Zapisz jako, kodowanie UTF-8).</translation>
    </message>
    <message>
        <source>Write [kiosk] on a line of its own and the settings on the lines below it, or leave [kiosk] out altogether.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Napisz [kiosk] w osobnym wierszu, a ustawienia w wierszach poniżej, albo całkiem pomiń [kiosk].</translation>
    </message>
    <message>
        <source>Move the line below [kiosk].</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Przenieś wiersz pod [kiosk].</translation>
    </message>
    <message>
        <source>Check that the file exists and that the kiosk user may read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sprawdź, czy plik istnieje i czy użytkownik kiosku może go czytać.</translation>
    </message>
    <message>
        <source>Set these together: {keys}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustaw je razem: {keys}.</translation>
    </message>
    <message>
        <source>The settings file {path} is not UTF-8 text (a character such as ü or ß was saved in another encoding).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Plik ustawień {path} nie jest tekstem UTF-8 (znak taki jak ü lub ß został zapisany w innym kodowaniu).</translation>
    </message>
    <message>
        <source>In {path}, &apos;kiosk&apos; must be the table [kiosk] that holds the settings, not a value.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W {path} „kiosk” musi być tabelą [kiosk] zawierającą ustawienia, a nie wartością.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} is outside the [kiosk] table, where the kiosk does not read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „{key}” w {path} jest poza tabelą [kiosk], gdzie kiosk go nie czyta.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be one of: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „{key}” w {path} musi mieć jedną z wartości: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be an address that starts with {schemes}, e.g. {example}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „{key}” w {path} musi być adresem zaczynającym się od {schemes}, np. {example}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} names {unknown}, which this kiosk does not offer. Services: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie &apos;{key}&apos; w {path} wymienia {unknown}, czego ten terminal nie oferuje. Usługi: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal_password&apos; in {path} must be the terminal&apos;s six-digit password, e.g. &quot;000000&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „payment_terminal_password” w {path} musi być sześciocyfrowym hasłem terminala, np. &quot;000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;destination_id&apos; in {path} must be the destination&apos;s id (Zustellpunkt-ID) as FIT-Connect&apos;s self-service portal shows it, a UUID such as &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie &apos;destination_id&apos; w {path} musi być identyfikatorem punktu doręczeń (Zustellpunkt-ID) tak, jak pokazuje go portal samoobsługowy FIT-Connect, czyli UUID, np. &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;fitconnect_region&apos; in {path} must be an Amtlicher Regionalschlüssel with DE in front, e.g. &quot;DE073350000000&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie &apos;fitconnect_region&apos; w {path} musi być urzędowym kluczem regionalnym (Amtlicher Regionalschlüssel) poprzedzonym DE, np. &quot;DE073350000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;payee_iban&apos; in {path} is not an IBAN. Write it as on the office&apos;s bank statement, e.g. &quot;DE02120300000000202051&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „payee_iban” w {path} nie jest numerem IBAN. Proszę wpisać go tak jak na wyciągu bankowym urzędu, np. &quot;DE02120300000000202051&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} holds the PIN itself. Nobody may read it there: run &apos;buergerbuero config pin&apos;, give the PIN twice, and write the line it prints instead.</source>
        <translation>Ustawienie &apos;staff_pin&apos; w {path} zawiera sam PIN. Nikt nie może go tam odczytać: uruchom &apos;buergerbuero config pin&apos;, wpisz PIN dwa razy i wpisz zamiast niego wiersz, który polecenie wyświetli.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} is not a PIN hash as &apos;buergerbuero config pin&apos; prints it (&quot;$scrypt$ln=…&quot;). Run it again and copy the whole line.</source>
        <translation>Ustawienie &apos;staff_pin&apos; w {path} nie jest skrótem PIN-u takim, jaki wyświetla &apos;buergerbuero config pin&apos; (&quot;$scrypt$ln=…&quot;). Uruchom polecenie ponownie i skopiuj cały wiersz.</translation>
    </message>
    <message>
        <source>In {path}, &apos;payee_iban&apos; needs &apos;payee_name&apos; (the account holder, as the bank knows it).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W {path} ustawienie „payee_iban” wymaga także „payee_name” (posiadacza rachunku, tak jak zna go bank).</translation>
    </message>
    <message>
        <source>In {path}, sending with FIT-Connect tokens needs all of fitconnect_token_url, fitconnect_client_id and fitconnect_client_secret_file.</source>
        <translation>W {path} wysyłanie z tokenami FIT-Connect wymaga wszystkich ustawień: fitconnect_token_url, fitconnect_client_id i fitconnect_client_secret_file.</translation>
    </message>
    <message>
        <source>In {path}, the appointment check-in needs all of appointment_url, appointment_scope, appointment_workstation_key and appointment_ticketprinter_hash.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W {path} zgłaszanie przybycia wymaga wszystkich ustawień: appointment_url, appointment_scope, appointment_workstation_key i appointment_ticketprinter_hash.</translation>
    </message>
    <message>
        <source>Setting &apos;receipt_printer&apos; in {path} must be &quot;cups://QUEUE&quot; or &quot;escpos://HOST:PORT&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ustawienie „receipt_printer” w {path} musi mieć postać &quot;cups://KOLEJKA&quot; lub &quot;escpos://HOST:PORT&quot;.</translation>
    </message>
    <message>
        <source>In {path}, paying by phone needs all of xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id and xbezahl_client_secret.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W {path} płatność telefonem wymaga wszystkich ustawień: xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id i xbezahl_client_secret.</translation>
    </message>
    <message>
        <source>The escrow key {path} cannot be read ({error}). Ask the technician to check the setting &apos;escrow_cert&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odczytać klucza powierniczego {path} ({error}). Proszę poprosić technika o sprawdzenie ustawienia „escrow_cert”.</translation>
    </message>
    <message>
        <source>This device has no signing certificate of the office. Ask the technician to enroll it: &apos;buergerbuero signature enroll request&apos;, then &apos;signature enroll install&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>To urządzenie nie ma certyfikatu podpisu urzędu. Proszę poprosić technika o jego zarejestrowanie: „buergerbuero signature enroll request”, a następnie „signature enroll install”.</translation>
    </message>
    <message>
        <source>The signing certificate {path} cannot be used ({why}). Ask the technician to enroll this device with the office CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można użyć certyfikatu podpisu {path} ({why}). Proszę poprosić technika o zarejestrowanie tego urządzenia w CA urzędu.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Card reading is not installed on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odczyt dokumentów tożsamości nie jest zainstalowany na tym terminalu.</translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Usługa czytnika kart nie działa.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie podłączono czytnika kart.</translation>
    </message>
    <message>
        <source>No scan has arrived yet. Place the document on the scanner, start the scan, then tap &apos;Take from scanner&apos; again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie odebrano jeszcze skanu. Proszę położyć dokument na skanerze, uruchomić skanowanie, a następnie ponownie nacisnąć „Pobierz ze skanera”.</translation>
    </message>
    <message>
        <source>The scan is still arriving. Please wait a moment, then tap &apos;Take from scanner&apos; again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Skan jest jeszcze przesyłany. Proszę chwilę poczekać, a następnie ponownie nacisnąć „Pobierz ze skanera”.</translation>
    </message>
    <message>
        <source>The scanner cannot be used right now. Please hand the document in at the counter, or ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Skaner jest w tej chwili niedostępny. Proszę oddać dokument przy okienku lub zwrócić się o pomoc do personelu.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Previous page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Następna strona</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Larger</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>The document to sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dokument do podpisania</translation>
    </message>
    <message>
        <source>Scroll through the document</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Przewiń dokument</translation>
    </message>
    <message>
        <source>Move the page sideways</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Przesuń stronę w bok</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strona {page} z {count}</translation>
    </message>
</context>
<context>
    <name>Eid</name>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, have your ID card read at the card reader, or have it checked at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Funkcja eID (Online-Ausweis) jest chwilowo niedostępna. Można zamiast tego wpisać dane ręcznie, odczytać dowód osobisty na czytniku kart lub poprosić o sprawdzenie go przy okienku.</translation>
    </message>
    <message>
        <source>The online ID function stopped with an error. Please type in your details instead, or ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Funkcja eID zakończyła działanie z błędem. Proszę zamiast tego wpisać dane ręcznie lub zwrócić się o pomoc do pracowników przy okienku.</translation>
    </message>
    <message>
        <source>Please enter your 6-digit PIN.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić 6-cyfrowy PIN.</translation>
    </message>
    <message>
        <source>Please enter your current PIN (or the 5-digit transport PIN from your PIN letter).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić aktualny PIN (lub 5-cyfrowy PIN tymczasowy – Transport-PIN – z listu z PIN-em).</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number (CAN) printed on the front of your ID card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić 6-cyfrowy numer dostępu do karty (CAN) wydrukowany na przedniej stronie dowodu osobistego.</translation>
    </message>
    <message>
        <source>Your PIN is blocked. Please enter the 10-digit PUK from your PIN letter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PIN jest zablokowany. Proszę wprowadzić 10-cyfrowy PUK z listu z PIN-em (PIN-Brief).</translation>
    </message>
    <message>
        <source>Please choose a new 6-digit PIN.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wybrać nowy 6-cyfrowy PIN.</translation>
    </message>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, or have your ID card checked at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Funkcja eID (Online-Ausweis) jest chwilowo niedostępna. Można zamiast tego wpisać dane ręcznie lub poprosić o sprawdzenie dowodu osobistego przy okienku.</translation>
    </message>
    <message>
        <source>Online ID function</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Funkcja eID (Online-Ausweis)</translation>
    </message>
    <message>
        <source>Connecting to the online ID function…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Łączenie z funkcją eID…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Allow</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zezwól</translation>
    </message>
    <message>
        <source>Type in my details</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wpiszę dane ręcznie</translation>
    </message>
    <message>
        <source>Read my ID card at the reader</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odczyt dowodu na czytniku</translation>
    </message>
    <message>
        <source>Have my ID checked at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sprawdzenie dowodu przy okienku</translation>
    </message>
    <message>
        <source>{provider} asks to read the following data from your ID card ({purpose}):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{provider} prosi o odczytanie następujących danych z dowodu osobistego ({purpose}):</translation>
    </message>
    <message>
        <source>Do you agree?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Czy wyraża Pan/Pani zgodę?</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę czekać…</translation>
    </message>
    <message>
        <source>That was not accepted. Please check the number of digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wartość nie została przyjęta. Proszę sprawdzić liczbę cyfr.</translation>
    </message>
    <message>
        <source>The PIN was wrong. Attempts left: {count}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nieprawidłowy PIN. Pozostałe próby: {count}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Please enter the number on the card reader&apos;s keypad.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić numer na klawiaturze czytnika kart.</translation>
    </message>
    <message>
        <source>Please place your ID card on the card reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę położyć dowód osobisty na czytniku kart.</translation>
    </message>
    <message>
        <source>The online function of this ID card is blocked or switched off. The citizens&apos; office can unblock it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Funkcja online tego dowodu osobistego jest zablokowana lub wyłączona. Biuro Obsługi Mieszkańców (Bürgerbüro) może ją odblokować.</translation>
    </message>
    <message>
        <source>Please wait… ({percent} %)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę czekać… ({percent} %)</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tożsamość potwierdzona</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function. Please check and complete your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tożsamość została potwierdzona za pomocą funkcji eID. Proszę sprawdzić i uzupełnić dane.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Online ID function not available</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Funkcja eID niedostępna</translation>
    </message>
    <message>
        <source>The online ID function stopped</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Funkcja eID zakończyła działanie</translation>
    </message>
</context>
<context>
    <name>EidRights</name>
    <message>
        <source>Family name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Given names</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Imiona</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nazwisko rodowe</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Stopień doktora</translation>
    </message>
    <message>
        <source>Religious or artistic name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Imię zakonne lub pseudonim artystyczny</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Miejsce urodzenia</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Obywatelstwo</translation>
    </message>
    <message>
        <source>Document type</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Rodzaj dokumentu</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Państwo wydające</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ważny do</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pseudonim</translation>
    </message>
    <message>
        <source>Age verification</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Potwierdzenie wieku</translation>
    </message>
    <message>
        <source>Address verification</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Potwierdzenie miejsca zamieszkania</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kod gminy (Gemeindeschlüssel)</translation>
    </message>
    <message>
        <source>Residence permit I</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Karta pobytu I (Aufenthaltstitel I)</translation>
    </message>
    <message>
        <source>Residence permit II</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Karta pobytu II (Aufenthaltstitel II)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong on this terminal. Your data has not been lost. Please ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Na tym terminalu wystąpił błąd. Dane nie zostały utracone. Proszę zwrócić się o pomoc do pracowników przy okienku.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Very dissatisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bardzo źle</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Źle</translation>
    </message>
    <message>
        <source>Neither</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tak sobie</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dobrze</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bardzo dobrze</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <source>Understanding the questions</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zrozumienie pytań</translation>
    </message>
    <message>
        <source>Identifying myself</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Potwierdzenie tożsamości</translation>
    </message>
    <message>
        <source>Paying the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opłacenie należności</translation>
    </message>
    <message>
        <source>Using the screen</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Obsługa ekranu</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Coś innego</translation>
    </message>
    <message>
        <source>How satisfied are you with this terminal?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Jak ocenia Pan/Pani ten terminal?</translation>
    </message>
    <message>
        <source>Optional and anonymous: one tap is enough.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dobrowolnie i anonimowo: wystarczy jedno dotknięcie.</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Co było dla Pana/Pani najważniejsze?</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dziękujemy za opinię.</translation>
    </message>
    <message>
        <source>Your entries have been deleted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wprowadzone dane zostały usunięte.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>A current passport photo in portrait format, as for an identity card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Aktualne zdjęcie paszportowe w formacie pionowym, takie jak do dowodu osobistego.</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mniej</translation>
    </message>
    <message>
        <source>More</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Więcej</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(opcjonalnie)</translation>
    </message>
    <message>
        <source>(choose all that apply)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(można wybrać kilka)</translation>
    </message>
    <message>
        <source>Format: DD.MM.YYYY</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Format: DD.MM.RRRR</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>Reading the scan…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odczytywanie skanu…</translation>
    </message>
    <message>
        <source>Take from scanner</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pobierz ze skanera</translation>
    </message>
    <message>
        <source>I will hand it in at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Oddam przy okienku</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Usuń plik</translation>
    </message>
    <message>
        <source>Please give the document to the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę oddać dokument pracownikom przy okienku.</translation>
    </message>
    <message>
        <source>This terminal has no scanner. Tap &apos;I will hand it in at the counter&apos; and give the document to the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten terminal nie ma skanera. Proszę nacisnąć „Oddam przy okienku” i przekazać dokument personelowi.</translation>
    </message>
    <message>
        <source>To replace it, scan again and tap &apos;Take from scanner&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Aby go zastąpić, proszę zeskanować dokument ponownie i nacisnąć „Pobierz ze skanera”.</translation>
    </message>
    <message>
        <source>Place the document on the scanner and start the scan. Then tap &apos;Take from scanner&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę położyć dokument na skanerze i uruchomić skanowanie. Następnie proszę nacisnąć „Pobierz ze skanera”.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>To be handed in at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Do okazania przy okienku</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Obraz JPEG</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Obraz PNG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dokument PDF</translation>
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
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Anuluj</translation>
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
        <translation>separator tysięcy:</translation>
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
        <translation>+ Dodaj wpis</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wpis {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove entry {number}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Usuń wpis {number}</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Help</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Help: call a member of staff</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pomoc: wezwij pracownika</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mniejszy tekst</translation>
    </message>
    <message>
        <source>Larger text (now {percent} %)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Większy tekst (teraz {percent} %)</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Krok {current} z {total}</translation>
    </message>
    <message>
        <source>Language: {language}. Choose another language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Język: {language}. Wybierz inny język</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Staff could not be called from here. Please ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się stąd wezwać personelu. Proszę zapytać przy okienku.</translation>
    </message>
    <message>
        <source>Staff are being called…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wzywamy personel…</translation>
    </message>
    <message>
        <source>Staff have been told. Someone will come to you. Please wait here: what you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Personel został powiadomiony. Ktoś zaraz podejdzie. Proszę tu zaczekać: wpisane dane zostają.</translation>
    </message>
    <message>
        <source>Please ask at the counter. What you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę zapytać przy okienku. Wpisane dane zostają.</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pomoc</translation>
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
        <translation>Kto składa wniosek?</translation>
    </message>
    <message>
        <source>You apply in your own name and identify yourself with your own document. To apply for another person, please ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Składa Pan/Pani wniosek we własnym imieniu i potwierdza tożsamość własnym dokumentem. Aby złożyć wniosek za inną osobę, prosimy zgłosić się do okienka.</translation>
    </message>
    <message>
        <source>Do you have your ID card, passport or residence permit with you? Lay it on the card reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Czy ma Pan/Pani przy sobie dowód osobisty, paszport lub kartę pobytu? Proszę położyć dokument na czytniku kart.</translation>
    </message>
    <message>
        <source>Place ID card on reader</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Połóż dowód na czytniku</translation>
    </message>
    <message>
        <source>Please type in your details as they appear on your ID card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wpisać dane tak, jak widnieją w dowodzie osobistym.</translation>
    </message>
    <message>
        <source>Sign in with the online ID function</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zaloguj się przez eID (Online-Ausweis)</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tożsamość została potwierdzona za pomocą funkcji eID.</translation>
    </message>
    <message>
        <source>Please lay your document on the card reader now. Reading starts by itself.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę teraz położyć dokument na czytniku kart. Odczyt rozpocznie się automatycznie.</translation>
    </message>
    <message>
        <source>Reading the chip… Please leave the document on the reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odczytywanie chipa… Proszę nie zdejmować dokumentu z czytnika.</translation>
    </message>
    <message>
        <source>Checking the access number with the chip…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sprawdzanie numeru dostępu z chipem…</translation>
    </message>
    <message>
        <source>Reading your details from the chip…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odczytywanie danych z chipa…</translation>
    </message>
    <message>
        <source>Your details were read from the chip. Please check them; you can still correct them.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dane zostały odczytane z chipa. Proszę je sprawdzić; nadal można je poprawić.</translation>
    </message>
    <message>
        <source>The document could not be read. Please type in your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się odczytać dokumentu. Proszę wpisać dane ręcznie.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Your document does not give your full date of birth: 00 stands for the day or month it leaves open. Please complete the date if you know it, or leave it as it is.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Twój dokument nie podaje pełnej daty urodzenia: 00 oznacza dzień lub miesiąc, którego w nim brak. Proszę uzupełnić datę, jeśli ją znasz, lub pozostawić ją bez zmian.</translation>
    </message>
    <message>
        <source>Please check the year of birth: the document gives only its last two digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę sprawdzić rok urodzenia: dokument podaje tylko jego dwie ostatnie cyfry.</translation>
    </message>
    <message>
        <source>The date of birth could not be read from the document. Please type it in.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się odczytać daty urodzenia z dokumentu. Proszę ją wpisać.</translation>
    </message>
    <message>
        <source>Your document gives no family name. If you have one, please enter it; if you have only one name, please ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Twój dokument nie zawiera nazwiska. Jeśli masz nazwisko, proszę je wpisać; jeśli masz tylko jedno imię, proszę zwrócić się do personelu.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Do you need more time?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Czy potrzeba więcej czasu?</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tak, więcej czasu</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>
            <numerusform>Ze względu na ochronę prywatności sesja zakończy się za %n sekundę, a wszystkie wprowadzone dane zostaną usunięte.</numerusform>
            <numerusform>Ze względu na ochronę prywatności sesja zakończy się za %n sekundy, a wszystkie wprowadzone dane zostaną usunięte.</numerusform>
            <numerusform>Ze względu na ochronę prywatności sesja zakończy się za %n sekund, a wszystkie wprowadzone dane zostaną usunięte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Saving…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapisywanie…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of a language, written in that language (Deutsch, Türkçe, العربية, …): the welcome screen&apos;s buttons, the header&apos;s language button, the keyboard&apos;s language key.</extracomment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Polski</translation>
    </message>
    <message>
        <source>Englisch</source>
        <extracomment>The name of a language in German, the office&apos;s language (Englisch, Türkisch, Arabisch, …): the application PDF says in which language the citizen made the application. Each language&apos;s file gives its own name in German; the source is English&apos;s German name.</extracomment>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wybrać język</translation>
    </message>
    <message>
        <source>What you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wpisane dane zostają.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard: {language}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Klawiatura: {language}</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Usuń ostatni znak</translation>
    </message>
    <message>
        <source>Next field</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Następne pole</translation>
    </message>
    <message>
        <source>Letters</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Litery</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ukryj klawiaturę</translation>
    </message>
    <message>
        <source>Shift: capital letter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Shift: wielka litera</translation>
    </message>
    <message>
        <source>More characters (AltGr)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Więcej znaków (AltGr)</translation>
    </message>
    <message>
        <source>Space</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Spacja</translation>
    </message>
    <message>
        <source>Digits</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cyfry</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>This terminal is out of service</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten terminal jest nieczynny</translation>
    </message>
    <message>
        <source>Please go to the counter. The staff will gladly help you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prosimy podejść do okienka. Personel chętnie pomoże.</translation>
    </message>
    <message>
        <source>For the technician: {problem}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dla technika: {problem}</translation>
    </message>
    <message>
        <source>({count} more in the kiosk&apos;s log)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(jeszcze {count} w dzienniku kiosku)</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <source>Application</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>Application made in: {language}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Język złożenia wniosku: {language}</translation>
    </message>
    <message>
        <source>Case number (Vorgangsnummer)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numer sprawy (Vorgangsnummer)</translation>
    </message>
    <message>
        <source>Please quote it in any enquiry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę podawać go przy każdym zapytaniu.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opłata</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podstawa prawna: {basis}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zwolnienie lub obniżenie opłaty możliwe w przypadku: {list}</translation>
    </message>
    <message>
        <source>Paid: {method}, {amount} (transaction {transaction})</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapłacono: {method}, {amount} (transakcja {transaction})</translation>
    </message>
    <message>
        <source>Not paid yet: the fee is due at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Jeszcze nie zapłacono: opłatę należy uiścić przy okienku.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Brak opłaty.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Oczekuje na płatność przelewem.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Do zapłaty przy okienku.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: {exemption} (to be checked at the counter).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wniesiono o zwolnienie z opłaty: {exemption} (do sprawdzenia przy okienku).</translation>
    </message>
    <message>
        <source>card at the terminal</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>kartą w terminalu</translation>
    </message>
    <message>
        <source>online (paypage)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>online (strona płatności)</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>przelewem</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>przy okienku</translation>
    </message>
    <message>
        <source>exemption</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>zwolnienie</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>brak</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numer płatności (Kassenzeichen): {reference}</translation>
    </message>
    <message>
        <source>I declare that the information given is correct and complete.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Oświadczam, że podane informacje są prawdziwe i kompletne.</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration above</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis wnioskodawcy: potwierdza powyższe oświadczenie</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Miejscowość, data</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration and the application {vorgangsnummer}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis wnioskodawcy: potwierdza oświadczenie i wniosek {vorgangsnummer}</translation>
    </message>
    <message>
        <source>At the counter: the applicant confirms this application in person, after the staff checked the identity (signed on the counter tablet; name, place and time appear with the signature)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Przy okienku: wnioskodawca potwierdza ten wniosek osobiście po sprawdzeniu tożsamości przez personel (podpis złożony na tablecie przy okienku; imię i nazwisko, miejsce i czas są widoczne wraz z podpisem)</translation>
    </message>
    <message>
        <source>Signature at the counter: the applicant confirms the application {vorgangsnummer} in person</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis przy okienku: wnioskodawca osobiście potwierdza wniosek {vorgangsnummer}</translation>
    </message>
    <message>
        <source>You sign: {title} · case number {vorgangsnummer} · {pages} · fee {fee}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpisuje Pan/Pani: {title} · numer sprawy {vorgangsnummer} · {pages} · opłata {fee}</translation>
    </message>
    <message>
        <source>the answers on pages 1 to {last}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>dane na stronach od 1 do {last}</translation>
    </message>
    <message>
        <source>the answers on page 1</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>dane na stronie 1</translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mandat polecenia zapłaty SEPA</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wierzyciel</translation>
    </message>
    <message>
        <source>Creditor identifier</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Identyfikator wierzyciela</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numer referencyjny mandatu</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posiadacz rachunku</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>The signature below also signs this mandate (a recurrent mandate is not given: it is for this fee only).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Poniższy podpis obejmuje również ten mandat (nie jest to mandat na płatności cykliczne: dotyczy wyłącznie tej opłaty).</translation>
    </message>
    <message>
        <source>Submitted at self-service terminal {terminal}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Złożono w terminalu samoobsługowym {terminal}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strona {page} z {pages}</translation>
    </message>
    <message>
        <source>Source: identity document chip</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Źródło: chip dokumentu tożsamości</translation>
    </message>
    <message>
        <source>Source: typed in</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Źródło: wpisane ręcznie</translation>
    </message>
    <message>
        <source>For the office</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dla urzędu</translation>
    </message>
    <message>
        <source>Attached to this PDF file: {name}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Załączono do tego pliku PDF: {name}</translation>
    </message>
    <message>
        <source>The image cannot be shown here.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można tu wyświetlić obrazu.</translation>
    </message>
</context>
<context>
    <name>PairingCodePanel</name>
    <message>
        <source>For staff</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dla personelu</translation>
    </message>
    <message>
        <source>For staff: hold to show the pairing code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dla personelu: przytrzymaj, aby pokazać kod parowania</translation>
    </message>
    <message>
        <source>For staff: hold the button for two seconds to show the pairing code for the counter workstation.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dla personelu: przytrzymaj przycisk przez dwie sekundy, aby wyświetlić kod parowania dla stanowiska przy okienku.</translation>
    </message>
    <message>
        <source>Pairing code for the counter workstation</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kod parowania dla stanowiska przy okienku</translation>
    </message>
    <message>
        <source>Hide code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ukryj kod</translation>
    </message>
    <message>
        <source>Forget paired workstations</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapomnij sparowane stanowiska</translation>
    </message>
    <message>
        <source>Enter it at the workstation. It hides itself in {seconds} s.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wpisać go na stanowisku. Zniknie za {seconds} s.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>The card terminal cannot be reached at the moment. Please choose another way to pay, or pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminal płatniczy jest chwilowo niedostępny. Proszę wybrać inny sposób płatności lub zapłacić przy okienku.</translation>
    </message>
    <message>
        <source>The connection to the card terminal was lost. Your card has not been charged twice; please wait a moment while the terminal is checked.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Utracono połączenie z terminalem płatniczym. Karta nie została obciążona podwójnie; proszę chwilę poczekać, aż terminal zostanie sprawdzony.</translation>
    </message>
    <message>
        <source>The card terminal did not answer in time. Please try again or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminal płatniczy nie odpowiedział na czas. Proszę spróbować ponownie lub wybrać inny sposób płatności.</translation>
    </message>
    <message>
        <source>The card terminal is busy. Please wait a moment and try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminal płatniczy jest zajęty. Proszę chwilę poczekać i spróbować ponownie.</translation>
    </message>
    <message>
        <source>The card terminal sent an answer this terminal cannot use. Please choose another way to pay, or ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminal płatniczy przesłał odpowiedź, której ten kiosk nie może wykorzystać. Proszę wybrać inny sposób płatności lub zwrócić się do personelu.</translation>
    </message>
    <message>
        <source>The payment was declined. Your card has not been charged. Please try again with another card or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Płatność została odrzucona. Karta nie została obciążona. Proszę spróbować ponownie inną kartą lub wybrać inny sposób płatności.</translation>
    </message>
    <message>
        <source>The card could not be read. Please insert it again (chip first) or hold it flat on the terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się odczytać karty. Proszę włożyć ją ponownie (chipem do przodu) lub przyłożyć płasko do terminala.</translation>
    </message>
    <message>
        <source>The payment was cancelled (the card was removed, or nothing happened for too long). Your card has not been charged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Płatność została anulowana (karta została wyjęta lub zbyt długo nic się nie działo). Karta nie została obciążona.</translation>
    </message>
    <message>
        <source>The PIN was not correct. Your card has not been charged. Please try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PIN był nieprawidłowy. Karta nie została obciążona. Proszę spróbować ponownie.</translation>
    </message>
    <message>
        <source>This card has expired or is not yet valid. Please use another card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ta karta straciła ważność lub nie jest jeszcze ważna. Proszę użyć innej karty.</translation>
    </message>
    <message>
        <source>This card is not accepted here. Please use another card or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ta karta nie jest tu akceptowana. Proszę użyć innej karty lub wybrać inny sposób płatności.</translation>
    </message>
    <message>
        <source>The card terminal has a fault. Your card has not been charged. Please choose another way to pay, or ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminal płatniczy ma usterkę. Karta nie została obciążona. Proszę wybrać inny sposób płatności lub zwrócić się do personelu.</translation>
    </message>
    <message>
        <source>The receipt printer is not ready, so the card terminal cannot take payments now. Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Drukarka potwierdzeń nie jest gotowa, więc terminal płatniczy nie może teraz przyjmować płatności. Proszę wybrać inny sposób płatności.</translation>
    </message>
    <message>
        <source>Please insert, tap or swipe your card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę włożyć, przyłożyć lub przeciągnąć kartę.</translation>
    </message>
    <message>
        <source>Please enter your PIN on the card terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić PIN na terminalu płatniczym.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę czekać…</translation>
    </message>
    <message>
        <source>Please remove your card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wyjąć kartę.</translation>
    </message>
    <message>
        <source>Connecting to the bank…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Łączenie z bankiem…</translation>
    </message>
    <message>
        <source>Payment approved.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Płatność zaakceptowana.</translation>
    </message>
    <message>
        <source>Payment not approved.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Płatność nie została zaakceptowana.</translation>
    </message>
    <message>
        <source>Please choose the card application on the terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wybrać aplikację karty na terminalu.</translation>
    </message>
    <message>
        <source>We could not confirm whether your card was charged. Your application is saved. Please do not pay again: the staff will check the card terminal and tell you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się potwierdzić, czy karta została obciążona. Wniosek został zapisany. Proszę nie płacić ponownie: personel sprawdzi terminal płatniczy i przekaże informację.</translation>
    </message>
    <message>
        <source>The card terminal is still checking an earlier payment. Please choose another way to pay, or pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminal płatniczy wciąż sprawdza wcześniejszą płatność. Proszę wybrać inny sposób płatności lub zapłacić przy okienku.</translation>
    </message>
    <message>
        <source>The payment record of this terminal cannot be written. Nothing was charged; please pay at the counter and tell the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można zapisać rejestru płatności tego terminala. Nic nie zostało pobrane; proszę zapłacić przy okienku i poinformować personel.</translation>
    </message>
    <message>
        <source>Paying by phone is not possible at the moment (no connection to the payment platform). Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Płatność telefonem jest w tej chwili niemożliwa (brak połączenia z platformą płatniczą). Proszę wybrać inny sposób płatności.</translation>
    </message>
    <message>
        <source>The payment platform did not accept the payment. Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Platforma płatnicza nie przyjęła płatności. Proszę wybrać inny sposób płatności.</translation>
    </message>
    <message>
        <source>The payment on your phone was not completed. Nothing was charged. Please try again or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Płatność w telefonie nie została zakończona. Nic nie zostało pobrane. Proszę spróbować ponownie lub wybrać inny sposób płatności.</translation>
    </message>
    <message>
        <source>Checking the receipt printer…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sprawdzanie drukarki potwierdzeń…</translation>
    </message>
    <message>
        <source>Please follow the instructions on the card terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę postępować zgodnie z instrukcjami na terminalu płatniczym.</translation>
    </message>
    <message>
        <source>Connecting to the payment platform…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Łączenie z platformą płatniczą…</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone and pay there. This screen continues by itself.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę zeskanować kod QR telefonem i tam zapłacić. Ten ekran przejdzie dalej automatycznie.</translation>
    </message>
    <message>
        <source>Scan the code with your banking app, or transfer to: {name}, IBAN {iban}, reference {reference}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę zeskanować kod aplikacją bankową lub wykonać przelew na: {name}, IBAN {iban}, tytuł przelewu {reference}.</translation>
    </message>
    <message>
        <source>Your card payment is being checked. Please do not pay again; ask at the counter if you are unsure.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Płatność kartą jest sprawdzana. Proszę nie płacić ponownie; w razie wątpliwości proszę zapytać przy okienku.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Paying the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Uiszczenie opłaty</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opłata: {amount}</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podstawa prawna: {basis}</translation>
    </message>
    <message>
        <source>Pay by card at the terminal (girocard, credit card, contactless)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapłać kartą w terminalu (girocard, karta kredytowa, zbliżeniowo)</translation>
    </message>
    <message>
        <source>Pay on your phone (QR code)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapłać telefonem (kod QR)</translation>
    </message>
    <message>
        <source>Pay by bank transfer (QR code for your banking app)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapłać przelewem (kod QR dla aplikacji bankowej)</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapłać przy okienku</translation>
    </message>
    <message>
        <source>I am exempt from the fee: {reason}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zwolnienie z opłaty: {reason}</translation>
    </message>
    <message>
        <source>Choose another way to pay</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wybierz inny sposób płatności</translation>
    </message>
    <message>
        <source>Pay by card anyway (receipt on the screen)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mimo to zapłać kartą (potwierdzenie na ekranie)</translation>
    </message>
    <message>
        <source>I will transfer the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapłacę przelewem</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kod QR strony płatności</translation>
    </message>
    <message>
        <source>QR code for your banking app</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kod QR dla aplikacji bankowej</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The outbox in {path} cannot be opened ({error}). Check the disk; &apos;buergerbuero queue status&apos; shows what it holds.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można otworzyć skrzynki nadawczej w {path} ({error}). Sprawdź dysk; „buergerbuero queue status” pokazuje jej zawartość.</translation>
    </message>
    <message>
        <source>The data directory {path} cannot be used ({error}). Check that it is a directory the kiosk user may write to, on a disk with free space (setting &apos;data_dir&apos;).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można użyć katalogu danych {path} ({error}). Sprawdź, czy jest to katalog, do którego użytkownik kiosku może pisać, na dysku z wolnym miejscem (ustawienie „data_dir”).</translation>
    </message>
    <message>
        <source>The file {path} of the setting &apos;{key}&apos; cannot be read ({error}). Put the file there, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odczytać pliku {path} z ustawienia „{key}” ({error}). Umieść tam plik albo popraw ustawienie.</translation>
    </message>
    <message>
        <source>The directory {path} of the setting &apos;{key}&apos; cannot be used ({error}). Create it, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można użyć katalogu {path} z ustawienia „{key}” ({error}). Utwórz go albo popraw ustawienie.</translation>
    </message>
    <message>
        <source>The terminal&apos;s self-check could not run ({error}). See the kiosk&apos;s log (journalctl -u buergerbuero).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Autotest terminala nie mógł się wykonać ({error}). Zobacz dziennik kiosku (journalctl -u buergerbuero).</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt printer is not ready (no paper, or switched off). Your receipt is shown on the screen; please photograph the QR code.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Drukarka potwierdzeń nie jest gotowa (brak papieru lub jest wyłączona). Potwierdzenie jest wyświetlane na ekranie; proszę sfotografować kod QR.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. It is shown on the screen; please photograph the QR code.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się wydrukować potwierdzenia. Jest ono wyświetlane na ekranie; proszę sfotografować kod QR.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Potwierdzenie</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Data: {date}</translation>
    </message>
    <message>
        <source>Reference number (Vorgangsnummer):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numer sprawy (Vorgangsnummer):</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opłata: {amount}</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numer płatności (Kassenzeichen): {reference}</translation>
    </message>
    <message>
        <source>Paid: {method}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapłacono: {method}</translation>
    </message>
    <message>
        <source>Not paid yet: please pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Jeszcze nie zapłacono: proszę zapłacić przy okienku.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Brak opłaty.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Oczekuje na płatność przelewem.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Do zapłaty przy okienku.</translation>
    </message>
    <message>
        <source>Fee exemption claimed; please bring your proof to the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wniesiono o zwolnienie z opłaty; proszę przynieść dokument potwierdzający do okienka.</translation>
    </message>
    <message>
        <source>card</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>kartą</translation>
    </message>
    <message>
        <source>online payment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>online</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>przelewem</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>przy okienku</translation>
    </message>
    <message>
        <source>exemption</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>zwolnienie</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>brak</translation>
    </message>
    <message>
        <source>What happens next: your application is sent to the citizens&apos; office. With the reference number above the office can tell you how far it is. Please keep this receipt.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Co dalej: wniosek zostanie przekazany do biura obywatelskiego. Na podstawie powyższego numeru sprawy biuro może poinformować, na jakim etapie jest wniosek. Prosimy zachować to potwierdzenie.</translation>
    </message>
    <message>
        <source>Please transfer the fee within 14 days, with the payment reference above.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę przelać opłatę w ciągu 14 dni, podając powyższy numer płatności (Kassenzeichen).</translation>
    </message>
    <message>
        <source>Card payment receipt (customer copy):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Potwierdzenie płatności kartą (kopia dla klienta):</translation>
    </message>
    <message>
        <source>Your receipt has been printed: please take it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Potwierdzenie zostało wydrukowane: proszę je zabrać.</translation>
    </message>
    <message>
        <source>The fee has been paid. Thank you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opłata została uiszczona. Dziękujemy.</translation>
    </message>
    <message>
        <source>Please transfer the fee with the payment reference {reference}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę przelać opłatę, podając numer płatności (Kassenzeichen) {reference}.</translation>
    </message>
    <message>
        <source>Please pay the fee at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę uiścić opłatę przy okienku.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: please bring your proof to the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wniesiono o zwolnienie z opłaty: proszę przynieść dokument potwierdzający do okienka.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>QR code of your reference number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kod QR numeru sprawy</translation>
    </message>
    <message>
        <source>Thank you! Your application has been received.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dziękujemy! Wniosek został przyjęty.</translation>
    </message>
    <message>
        <source>Your reference number (Vorgangsnummer):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numer sprawy (Vorgangsnummer):</translation>
    </message>
    <message>
        <source>Please note the number or photograph the QR code. With this number the citizens&apos; office can tell you how far your application is.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę zanotować numer lub sfotografować kod QR. Na podstawie tego numeru biuro obsługi obywateli (Bürgerbüro) poinformuje, na jakim etapie jest wniosek.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>More time</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Więcej czasu</translation>
    </message>
    <message>
        <source>Accepted by the citizens&apos; office.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Przyjęte przez Biuro Obsługi Mieszkańców (Bürgerbüro).</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>
            <numerusform>Ten ekran zamknie się za %n sekundę.</numerusform>
            <numerusform>Ten ekran zamknie się za %n sekundy.</numerusform>
            <numerusform>Ten ekran zamknie się za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the citizens&apos; office.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Przesłano do Biura Obsługi Mieszkańców (Bürgerbüro).</translation>
    </message>
    <message>
        <source>Saved on this terminal. The office could not accept it automatically; the staff will take care of it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapisano na tym terminalu. Urząd nie mógł przyjąć wniosku automatycznie; zajmie się nim personel.</translation>
    </message>
    <message>
        <source>Saved on this terminal. It will be sent automatically as soon as the network is available.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zapisano na tym terminalu. Wniosek zostanie wysłany automatycznie, gdy tylko sieć będzie dostępna.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Please check your details</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę sprawdzić swoje dane</translation>
    </message>
    <message>
        <source>If something is wrong, tap &apos;Change&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Jeśli coś się nie zgadza, proszę nacisnąć „Zmień”.</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zmień</translation>
    </message>
    <message>
        <source>Change: {section}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zmień: {section}</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opłata: {amount}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Możliwe zwolnienie lub ulga: {list}</translation>
    </message>
    <message>
        <source>Continue to signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dalej do podpisu</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <source>Next</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What would you like to apply for?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Jaki wniosek chce Pan/Pani złożyć?</translation>
    </message>
    <message>
        <source>Tap a service. Services marked &apos;at the counter&apos; are not yet offered on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wybrać usługę. Usługi oznaczone „przy okienku” nie są jeszcze dostępne na tym terminalu.</translation>
    </message>
    <message>
        <source>For every service you need your ID card, passport or residence permit.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Do każdej usługi potrzebny jest dowód osobisty, paszport lub dokument pobytowy.</translation>
    </message>
    <message>
        <source>{service} — at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{service} — przy okienku</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opłata: {amount}</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bezpłatnie</translation>
    </message>
    <message>
        <source>You also need: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Potrzebne także: {list}</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Please sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę podpisać się w polu palcem lub rysikiem.</translation>
    </message>
    <message>
        <source>The signature is too small. Please sign across the box as you would on paper.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis jest zbyt mały. Proszę podpisać się na całej szerokości pola, tak jak na papierze.</translation>
    </message>
    <message>
        <source>A straight line is not a signature. Please sign with your name as you would on paper.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Prosta linia nie jest podpisem. Proszę złożyć podpis imieniem i nazwiskiem, tak jak na papierze.</translation>
    </message>
    <message>
        <source>Handwritten signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis odręczny</translation>
    </message>
    <message>
        <source>{path} holds no office CA (ca.crt). Create one with &apos;buergerbuero signature ca create {path}&apos; or import the city&apos;s CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} nie zawiera CA urzędu (ca.crt). Proszę ją utworzyć poleceniem „buergerbuero signature ca create {path}” lub zaimportować CA miasta.</translation>
    </message>
    <message>
        <source>The office CA in {path} was imported without its key: the city&apos;s CA signs the device requests. Send it {csr}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>CA urzędu w {path} została zaimportowana bez klucza: wnioski urządzeń podpisuje CA miasta. Proszę przesłać do niej {csr}.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate request ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} nie jest czytelnym wnioskiem o certyfikat ({error}).</translation>
    </message>
    <message>
        <source>This key already has a certificate (serial {serial}, {device}). Every device needs its own key: run &apos;signature enroll request&apos; on the new device.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten klucz ma już certyfikat (numer seryjny {serial}, {device}). Każde urządzenie potrzebuje własnego klucza: proszę uruchomić „signature enroll request” na nowym urządzeniu.</translation>
    </message>
    <message>
        <source>No certificate with serial {serial} was issued by this CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ta CA nie wystawiła certyfikatu o numerze seryjnym {serial}.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} nie jest czytelnym certyfikatem ({error}).</translation>
    </message>
    <message>
        <source>The certificate {path} was not issued for this device&apos;s key. Install the certificate the CA issued for this device&apos;s request.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certyfikat {path} nie został wystawiony dla klucza tego urządzenia. Proszę zainstalować certyfikat wystawiony przez CA na wniosek tego urządzenia.</translation>
    </message>
    <message>
        <source>The certificate {path} is not a device certificate of the office ({why}). Ask the technician to issue one with the office CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Certyfikat {path} nie jest certyfikatem urządzenia urzędu ({why}). Proszę poprosić technika o wystawienie go przez CA urzędu.</translation>
    </message>
    <message>
        <source>This device has no signing key yet. Run &apos;buergerbuero signature enroll request&apos; first.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>To urządzenie nie ma jeszcze klucza podpisu. Proszę najpierw uruchomić „buergerbuero signature enroll request”.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Rola musi być jedną z: {roles}.</translation>
    </message>
    <message>
        <source>Pages were added or removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Po złożeniu podpisu w „{field}” dodano lub usunięto strony.</translation>
    </message>
    <message>
        <source>The page was changed after the signature in &apos;{field}&apos; was made: page {page} content.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Strona została zmieniona po złożeniu podpisu w „{field}”: zawartość strony {page}.</translation>
    </message>
    <message>
        <source>Something that shows on page {page} (an annotation) was added or changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Coś, co jest widoczne na stronie {page} (adnotacja), zostało dodane lub zmienione po złożeniu podpisu w „{field}”.</translation>
    </message>
    <message>
        <source>A field the document did not plan was added after the signature in &apos;{field}&apos; was made: &apos;{name}&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Po złożeniu podpisu w „{field}” dodano pole, którego dokument nie przewidywał: „{name}”.</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pole „{name}” zostało usunięte po złożeniu podpisu w „{field}”.</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was filled in or changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pole „{name}” zostało wypełnione lub zmienione po złożeniu podpisu w „{field}”.</translation>
    </message>
    <message>
        <source>Signature &apos;{name}&apos; was removed or replaced after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis „{name}” został usunięty lub zastąpiony po złożeniu podpisu w „{field}”.</translation>
    </message>
    <message>
        <source>An embedded file was added, replaced or removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Po złożeniu podpisu w „{field}” dodano, zastąpiono lub usunięto osadzony plik.</translation>
    </message>
    <message>
        <source>The document&apos;s structure ({part}) was changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Struktura dokumentu ({part}) została zmieniona po złożeniu podpisu w „{field}”.</translation>
    </message>
    <message>
        <source>The document cannot be compared with what the signature in &apos;{field}&apos; covers ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można porównać dokumentu z zakresem objętym podpisem w „{field}” ({error}).</translation>
    </message>
    <message>
        <source>The signing token ({token} in {module}) cannot be used ({error}). Ask the technician to check the token, its PIN file and the settings &apos;signing_pkcs11_*&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można użyć tokenu podpisu ({token} w {module}) ({error}). Proszę poprosić technika o sprawdzenie tokenu, jego pliku PIN i ustawień „signing_pkcs11_*”.</translation>
    </message>
    <message>
        <source>No trust anchor was given: without the office&apos;s CA certificate (--trust DIR or the setting &apos;trust_dir&apos;) no signature can be called trusted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie podano kotwicy zaufania: bez certyfikatu CA urzędu (--trust KATALOG lub ustawienie „trust_dir”) żaden podpis nie może zostać uznany za zaufany.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Plik nie jest czytelnym plikiem PDF ({error}).</translation>
    </message>
    <message>
        <source>The PDF carries no signature.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Plik PDF nie zawiera podpisu.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was removed after it was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” został usunięty po jego złożeniu.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is malformed and cannot be checked: {error}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” ma nieprawidłową strukturę i nie można go sprawdzić: {error}.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; no longer matches the document: the signed bytes were changed after signing.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” nie pasuje już do dokumentu: podpisane bajty zostały zmienione po podpisaniu.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not a valid signature of its certificate&apos;s key.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” nie jest prawidłowym podpisem klucza jego certyfikatu.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; leaves part of its revision unsigned (its /ByteRange does not cover the file).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” pozostawia część swojej wersji niepodpisaną (jego /ByteRange nie obejmuje całego pliku).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a key the office does not know ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” został złożony kluczem, którego urząd nie zna ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a device whose certificate the office revoked ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” został złożony przez urządzenie, którego certyfikat urząd unieważnił ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is expired or not yet valid ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” został złożony przy użyciu certyfikatu, który wygasł lub nie jest jeszcze ważny ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; cannot be checked for revocation: the office&apos;s revocation list (CRL) is missing from the trust store or out of date ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można sprawdzić, czy podpis w „{field}” nie został unieważniony: brak listy unieważnionych certyfikatów (CRL) urzędu w magazynie zaufania lub jest ona nieaktualna ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is no device certificate of the office: {why} ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” został złożony przy użyciu certyfikatu, który nie jest certyfikatem urządzenia urzędu: {why} ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not trusted ({why}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” nie jest zaufany ({why}).</translation>
    </message>
    <message>
        <source>The timestamp of the signature in &apos;{field}&apos; cannot be trusted ({why}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można ufać znacznikowi czasu podpisu w „{field}” ({why}).</translation>
    </message>
    <message>
        <source>The document was changed after the signature in &apos;{field}&apos; in a way its lock does not allow ({level}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dokument został zmieniony po złożeniu podpisu w „{field}” w sposób niedozwolony przez jego blokadę ({level}).</translation>
    </message>
    <message>
        <source>The first signature (&apos;{field}&apos;) sets no lock (DocMDP or FieldMDP): later changes to the document would not be restricted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pierwszy podpis („{field}”) nie ustanawia blokady (DocMDP ani FieldMDP): późniejsze zmiany w dokumencie nie byłyby ograniczone.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; has no biometric container.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis w „{field}” nie ma kontenera biometrycznego.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; was changed after signing.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kontener biometryczny „{field}” został zmieniony po podpisaniu.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; is damaged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kontener biometryczny „{field}” jest uszkodzony.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to field &apos;{other}&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kontener biometryczny „{field}” należy do pola „{other}”.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to a different document.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kontener biometryczny „{field}” należy do innego dokumentu.</translation>
    </message>
    <message>
        <source>Refused: the document is not intact or not trusted, so its pen data is not evidence: {reasons}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odrzucono: dokument nie jest nienaruszony lub nie jest zaufany, więc jego dane z pióra nie stanowią dowodu: {reasons}</translation>
    </message>
    <message>
        <source>Handwritten signature at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis odręczny przy okienku</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <source>Please sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę się podpisać</translation>
    </message>
    <message>
        <source>I confirm that my details are correct and complete. Sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Potwierdzam, że moje dane są prawdziwe i kompletne. Proszę podpisać się w polu palcem lub rysikiem.</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wyczyść i podpisz ponownie</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wyślij wniosek</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Voice output cannot be played: no audio player (aplay) is installed on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odtworzyć komunikatów głosowych: na tym terminalu nie zainstalowano odtwarzacza dźwięku (aplay).</translation>
    </message>
    <message>
        <source>Voice output cannot be played: the terminal&apos;s sound output is not working. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odtworzyć komunikatów głosowych: wyjście dźwięku terminala nie działa. Proszę zwrócić się o pomoc do personelu.</translation>
    </message>
    <message>
        <source>Voice output is not installed on this terminal (espeak-ng is missing).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Komunikaty głosowe nie są zainstalowane na tym terminalu (brak espeak-ng).</translation>
    </message>
    <message>
        <source>Voice output is not available in this language.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Komunikaty głosowe nie są dostępne w tym języku.</translation>
    </message>
    <message>
        <source>Your entry</source>
        <extracomment>Said instead of a private value when no headset is plugged in.</extracomment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wprowadzona wartość</translation>
    </message>
    <message>
        <source>Voice output failed. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Komunikaty głosowe przestały działać. Proszę zwrócić się o pomoc do personelu.</translation>
    </message>
    <message>
        <source>selected</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>zaznaczone</translation>
    </message>
    <message>
        <source>not selected</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>niezaznaczone</translation>
    </message>
    <message>
        <source>Choices: {options}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Opcje: {options}.</translation>
    </message>
    <message>
        <source>Your details are read aloud only through a headset. Connect a headset to hear them.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dane są odczytywane na głos tylko przez słuchawki. Proszę podłączyć słuchawki, aby je usłyszeć.</translation>
    </message>
    <message>
        <source>Voice output is on.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Komunikaty głosowe są włączone.</translation>
    </message>
    <message>
        <source>Headset connected. Voice output is on, and your details are read aloud too.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podłączono słuchawki. Komunikaty głosowe są włączone, a dane również są odczytywane na głos.</translation>
    </message>
    <message>
        <source>Headset removed. Your details are no longer read aloud.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odłączono słuchawki. Dane nie są już odczytywane na głos.</translation>
    </message>
    <message>
        <source>Volume {level} of {max}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Głośność {level} z {max}</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Repeat</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Powtórz</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ciszej</translation>
    </message>
    <message>
        <source>Louder</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Głośniej</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wyłącz głos</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Reading the outbox…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odczytywanie skrzynki nadawczej…</translation>
    </message>
    <message>
        <source>Waiting: {queued} · Sending: {sending} · Sent: {sent} · Failed: {failed} · Oldest waiting: {minutes} min</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Oczekujące: {queued} · Wysyłane: {sending} · Wysłane: {sent} · Nieudane: {failed} · Najstarsze oczekujące: {minutes} min</translation>
    </message>
    <message>
        <source>Staff: applications on this terminal</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Personel: wnioski na tym terminalu</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ponów nieudane</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Opuść kiosk</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>PIN personelu</translation>
    </message>
    <message>
        <source>Technicians: the staff PIN ends the kiosk.</source>
        <translation>Dla techników: PIN personelu kończy działanie kiosku.</translation>
    </message>
    <message>
        <source>The kiosk can be left only with a staff PIN in the site configuration (staff_pin).</source>
        <translation>Kiosk można opuścić tylko za pomocą PIN-u personelu z konfiguracji lokalizacji (staff_pin).</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Błędny PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a few minutes and try again.</source>
        <translation>Zbyt wiele błędnych PIN-ów. Odczekaj kilka minut i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The outbox cannot be read: {error}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odczytać skrzynki nadawczej: {error}</translation>
    </message>
    <message>
        <source>Failed applications (kept on this terminal):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nieudane wnioski (przechowywane na tym terminalu):</translation>
    </message>
    <message>
        <source>No failed applications.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Brak nieudanych wniosków.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>The statistics file {path} cannot be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odczytać pliku statystyk {path}.</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>Terminal figures</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wskaźniki terminala</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}, terminal {terminal}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sesje od {first} do {last}, terminal {terminal}</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Brak sesji w tym okresie.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sesje</translation>
    </message>
    <message>
        <source>Completed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zakończone</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Przerwane</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Odsetek zakończonych</translation>
    </message>
    <message>
        <source>Satisfaction (mean of {count} answers, 1 to 5)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zadowolenie (średnia z {count} odpowiedzi, od 1 do 5)</translation>
    </message>
    <message>
        <source>Median minutes of a completed session</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mediana minut zakończonej sesji</translation>
    </message>
    <message>
        <source>Median seconds until the office confirmed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mediana sekund do potwierdzenia przez urząd</translation>
    </message>
    <message>
        <source>Where abandoned sessions stopped</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gdzie zatrzymały się przerwane sesje</translation>
    </message>
    <message>
        <source>Seconds per step: {service}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sekundy na krok: {service}</translation>
    </message>
    <message>
        <source>Median</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>90. percentyl</translation>
    </message>
    <message>
        <source>Satisfaction: answers per face</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zadowolenie: odpowiedzi na każdą buźkę</translation>
    </message>
    <message>
        <source>Identification methods (completed sessions)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sposoby identyfikacji (zakończone sesje)</translation>
    </message>
    <message>
        <source>Payment methods (completed sessions)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sposoby płatności (zakończone sesje)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Języki</translation>
    </message>
    <message>
        <source>No personal data: no names, answers or reference numbers, times only to the hour.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Brak danych osobowych: żadnych nazwisk, odpowiedzi ani numerów spraw; czas tylko z dokładnością do godziny.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The terminal&apos;s signing key cannot be read ({error}). Ask the technician to check the disk and the settings &apos;signing_key&apos; and &apos;signing_cert&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odczytać klucza podpisu terminala ({error}). Proszę poprosić technika o sprawdzenie dysku oraz ustawień „signing_key” i „signing_cert”.</translation>
    </message>
    <message>
        <source>The application could not be saved on this terminal. Please try again; if it happens again, ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się zapisać wniosku na tym terminalu. Proszę spróbować ponownie; jeśli problem się powtórzy, proszę zwrócić się o pomoc do personelu.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>There is no outbox in {path}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>W {path} nie ma skrzynki nadawczej.</translation>
    </message>
    <message>
        <source>The storage key of this terminal cannot be used. Applications cannot be saved or sent until a technician has checked the terminal. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można użyć klucza pamięci tego terminala. Wniosków nie można zapisywać ani wysyłać, dopóki technik nie sprawdzi terminala. Proszę zwrócić się do pracowników przy okienku.</translation>
    </message>
    <message>
        <source>A saved application on this terminal cannot be read (it is damaged or was saved with another key). Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odczytać wniosku zapisanego na tym terminalu (jest uszkodzony lub został zapisany innym kluczem). Proszę zwrócić się do pracowników przy okienku.</translation>
    </message>
    <message>
        <source>This application could not be saved on the terminal. Nothing you saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się zapisać tego wniosku na terminalu. Nic z wcześniej zapisanych danych nie zostało utracone. Proszę zwrócić się do pracowników przy okienku.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be opened. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można otworzyć pamięci wniosków na tym terminalu. Nic z wcześniej zapisanych danych nie zostało utracone. Proszę zwrócić się do pracowników przy okienku.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be used at the moment. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pamięć wniosków na tym terminalu jest chwilowo niedostępna. Nic z wcześniej zapisanych danych nie zostało utracone. Proszę zwrócić się do pracowników przy okienku.</translation>
    </message>
    <message>
        <source>This terminal is not allowed to send to the central case system at the moment (its access was refused). The application is kept safely on this terminal. Please ask a technician.</source>
        <translation>Ten terminal nie może obecnie wysyłać do centralnego systemu spraw (odmówiono dostępu). Wniosek jest bezpiecznie przechowywany na tym terminalu. Proszę zwrócić się do technika.</translation>
    </message>
    <message>
        <source>The central case system cannot be reached at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Centralny system spraw jest chwilowo niedostępny. Wniosek jest bezpiecznie przechowywany na tym terminalu i zostanie wysłany automatycznie.</translation>
    </message>
    <message>
        <source>The central case system is busy at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Centralny system spraw jest chwilowo przeciążony. Wniosek jest bezpiecznie przechowywany na tym terminalu i zostanie wysłany automatycznie.</translation>
    </message>
    <message>
        <source>The connection to the central case system is not trusted (its certificate could not be verified). Nothing is sent. The application is kept safely on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Połączenie z centralnym systemem spraw nie jest zaufane (nie udało się zweryfikować jego certyfikatu). Nic nie zostało wysłane. Wniosek jest bezpiecznie przechowywany na tym terminalu. Proszę zwrócić się do technika.</translation>
    </message>
    <message>
        <source>The central case system did not accept the application (error {status}). The application is kept on this terminal. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Centralny system spraw nie przyjął wniosku (błąd {status}). Wniosek pozostaje na tym terminalu. Proszę zwrócić się do pracowników przy okienku.</translation>
    </message>
    <message>
        <source>The encryption key of the central case system was refused: it does not meet the security requirements. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Klucz szyfrowania centralnego systemu spraw został odrzucony: nie spełnia wymagań bezpieczeństwa. Nic nie zostało wysłane; wniosek pozostaje zapisany na tym terminalu. Prosimy zwrócić się do technika.</translation>
    </message>
    <message>
        <source>The answer of the central case system could not be verified. The application is kept safely on this terminal and will be checked again automatically.</source>
        <translation>Nie udało się zweryfikować odpowiedzi centralnego systemu spraw. Wniosek jest bezpiecznie przechowywany na tym terminalu i zostanie automatycznie sprawdzony ponownie.</translation>
    </message>
    <message>
        <source>This application cannot be sent to the case system in its present form. It is kept on this terminal. Please ask the staff at the counter.</source>
        <translation>Tego wniosku nie można wysłać do systemu spraw w obecnej postaci. Wniosek pozostaje na tym terminalu. Proszę zwrócić się do pracowników przy okienku.</translation>
    </message>
    <message>
        <source>The central case system&apos;s destination does not take this kind of application. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Punkt doręczeń centralnego systemu spraw nie przyjmuje tego rodzaju wniosków. Nic nie zostało wysłane; wniosek pozostaje zapisany na tym terminalu. Prosimy zwrócić się do technika.</translation>
    </message>
</context>
<context>
    <name>Tablet</name>
    <message>
        <source>The tablet cannot listen on {host}, port {port} ({error}). Another program may use the port: stop it, or choose another port with --port.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tablet nie może nasłuchiwać na {host}, port {port} ({error}). Port może być używany przez inny program: zatrzymaj go albo wybierz inny port opcją --port.</translation>
    </message>
    <message>
        <source>The TLS certificate {cert} or its key {key} cannot be used ({error}). Give the PEM files with --tls-cert and --tls-key (the key matching the certificate).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można użyć certyfikatu TLS {cert} lub jego klucza {key} ({error}). Podaj pliki PEM opcjami --tls-cert i --tls-key (klucz pasujący do certyfikatu).</translation>
    </message>
</context>
<context>
    <name>TabletWindow</name>
    <message>
        <source>Signing at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis przy okienku</translation>
    </message>
    <message>
        <source>The clerk sends the document here. You can read it first and then sign it with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Urzędnik prześle tu dokument. Można go najpierw przeczytać, a następnie podpisać palcem lub rysikiem.</translation>
    </message>
    <message>
        <source>Please sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę się podpisać</translation>
    </message>
    <message>
        <source>Read the document. Then sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę przeczytać dokument, a następnie podpisać się w polu palcem lub rysikiem.</translation>
    </message>
    <message>
        <source>Signature box</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pole podpisu</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie podpisuję</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wyczyść i podpisz ponownie</translation>
    </message>
    <message>
        <source>Confirm signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Potwierdź podpis</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dokument do podpisania</translation>
    </message>
    <message>
        <source>Thank you. The signed document is being prepared…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dziękujemy. Podpisany dokument jest przygotowywany…</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Signature {n} of {total}: {field}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Podpis {n} z {total}: {field}</translation>
    </message>
    <message>
        <source>This signature goes on page {page} of the document.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten podpis zostanie umieszczony na stronie {page} dokumentu.</translation>
    </message>
    <message>
        <source>Thank you. Your signature is with the clerk now.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dziękujemy. Podpis został przekazany urzędnikowi.</translation>
    </message>
    <message>
        <source>The document was not signed. The clerk has been told.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dokument nie został podpisany. Urzędnik został o tym poinformowany.</translation>
    </message>
    <message>
        <source>The clerk has taken the document back.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Urzędnik wycofał dokument.</translation>
    </message>
    <message>
        <source>The document could not be signed. Please tell the clerk.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie udało się podpisać dokumentu. Proszę poinformować urzędnika.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please take the document from the scanner, or choose to hand it in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę pobrać dokument ze skanera lub wybrać oddanie go przy okienku.</translation>
    </message>
    <message>
        <source>This kind of file cannot be used here. Please scan the document again as one of: {kinds}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tego rodzaju pliku nie można tu użyć. Proszę zeskanować dokument ponownie w jednym z formatów: {kinds}.</translation>
    </message>
    <message>
        <source>This file is too large ({size}; at most {max}). Please scan it with a lower resolution, or hand the document in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten plik jest za duży ({size}; maksymalnie {max}). Proszę zeskanować go w niższej rozdzielczości lub oddać dokument przy okienku.</translation>
    </message>
    <message>
        <source>This file cannot be read; it may be damaged or incomplete. Please scan the document again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Nie można odczytać tego pliku; może być uszkodzony lub niekompletny. Proszę zeskanować dokument ponownie.</translation>
    </message>
    <message>
        <source>This image uses a colour format for printing (CMYK). Please scan the document again in colour or greyscale.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten obraz używa formatu kolorów do druku (CMYK). Proszę zeskanować dokument ponownie w kolorze lub w skali szarości.</translation>
    </message>
    <message>
        <source>This image has too many pixels. Please scan it with a lower resolution; 300 dpi is enough.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten obraz ma zbyt wiele pikseli. Proszę zeskanować go w niższej rozdzielczości; 300 dpi wystarczy.</translation>
    </message>
    <message>
        <source>Please use a photo in portrait format (taller than wide), as for a passport.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę użyć zdjęcia w formacie pionowym (wyższego niż szerokiego), jak do paszportu.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Please scan the paper document instead, or hand it in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten plik PDF jest chroniony hasłem. Proszę zamiast tego zeskanować dokument papierowy lub oddać go przy okienku.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wypełnić to pole.</translation>
    </message>
    <message>
        <source>Please shorten this to at most {max} characters (now {count}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę skrócić tekst do maksymalnie {max} znaków (obecnie {count}).</translation>
    </message>
    <message>
        <source>Please remove the special characters that cannot be printed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę usunąć znaki specjalne, których nie można wydrukować.</translation>
    </message>
    <message>
        <source>Please use letters only; spaces, hyphens (-) and apostrophes (&apos;) are allowed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę używać tylko liter; dozwolone są spacje, łączniki (-) i apostrofy (&apos;).</translation>
    </message>
    <message>
        <source>Please enter the date as DD.MM.YYYY, for example 24.03.1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić datę w formacie DD.MM.RRRR, na przykład 24.03.1985.</translation>
    </message>
    <message>
        <source>Please write the year with four digits, for example 1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę zapisać rok czterema cyframi, na przykład 1985.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check day and month.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Taka data nie istnieje. Proszę sprawdzić dzień i miesiąc.</translation>
    </message>
    <message>
        <source>This date is in the future. Please enter a date in the past.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ta data jest w przyszłości. Proszę wprowadzić datę z przeszłości.</translation>
    </message>
    <message>
        <source>Please check the year: the date is more than {years} years ago.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę sprawdzić rok: data jest sprzed ponad {years} lat.</translation>
    </message>
    <message>
        <source>Please check the year: the date must be at least {years} years ago.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę sprawdzić rok: data musi być sprzed co najmniej {years} lat.</translation>
    </message>
    <message>
        <source>Please enter the 5-digit postal code, for example 55116.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić 5-cyfrowy kod pocztowy, na przykład 55116.</translation>
    </message>
    <message>
        <source>Please enter a whole number from {min} to {max}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić liczbę całkowitą od {min} do {max}.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić liczbę całkowitą.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wybrać jedną z opcji.</translation>
    </message>
    <message>
        <source>Please enter a house number such as 12, 12a or 7-9.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić numer domu, np. 12, 12a lub 7-9.</translation>
    </message>
    <message>
        <source>Please use Latin letters only, as in a German passport; some characters here cannot be recorded by the registry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę używać wyłącznie liter alfabetu łacińskiego, jak w niemieckim paszporcie; niektórych wpisanych tu znaków rejestr nie może zapisać.</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12,5.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić liczbę, na przykład 12 lub 12,5.</translation>
    </message>
    <message>
        <source>Please enter a number from {min} to {max}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić liczbę od {min} do {max}.</translation>
    </message>
    <message>
        <source>Please enter an amount in euros, for example 12,50.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić kwotę w euro, na przykład 12,50.</translation>
    </message>
    <message>
        <source>Please choose yes or no.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wybrać „Tak” lub „Nie”.</translation>
    </message>
    <message>
        <source>Please choose at least {min} of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wybrać więcej opcji (co najmniej: {min}).</translation>
    </message>
    <message>
        <source>Please choose at most {max} of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wybrać mniej opcji (najwyżej: {max}).</translation>
    </message>
    <message>
        <source>Please enter the IBAN as printed on your bank card, for example DE89 3704 0044 0532 0130 00.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić IBAN tak, jak jest wydrukowany na karcie bankowej, na przykład DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <source>This IBAN contains a typing error (its check digits do not match). Please compare it with your bank card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ten IBAN zawiera błąd (cyfry kontrolne się nie zgadzają). Proszę porównać go z kartą bankową.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address such as name@example.de.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić adres e-mail, na przykład name@example.de.</translation>
    </message>
    <message>
        <source>Please enter a phone number using digits, for example 06131 12345 or +49 6131 12345.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić numer telefonu cyframi, na przykład 06131 12345 lub +49 6131 12345.</translation>
    </message>
    <message>
        <source>Please check the format of this entry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę sprawdzić format tego wpisu.</translation>
    </message>
    <message>
        <source>Please enter a date at most {days} days from today.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wprowadzić datę nie późniejszą niż {days} dni od dziś.</translation>
    </message>
    <message>
        <source>Please add at least {min} entries.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę dodać więcej wpisów (co najmniej: {min}).</translation>
    </message>
    <message>
        <source>Please add at most {max} entries.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę dodać mniej wpisów (najwyżej: {max}).</translation>
    </message>
    <message>
        <source>Entry {number} is incomplete or has a mistake. Please check it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Wpis {number} jest niekompletny lub zawiera błąd. Proszę go sprawdzić.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to the {office}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Witamy w {office}</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Proszę wybrać język</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted until the office has it, then erased.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Po zakończeniu na tym urządzeniu nie widać żadnych Pana/Pani danych. Wniosek jest tu przechowywany w postaci zaszyfrowanej, dopóki urząd go nie otrzyma, a potem usuwany.</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted and erased {days} days after the office has it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Po zakończeniu na tym urządzeniu nie widać żadnych Pana/Pani danych. Wniosek jest tu przechowywany w postaci zaszyfrowanej i usuwany {days} dni po tym, jak urząd go otrzyma.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Zgłoś przybycie na wizytę</translation>
    </message>
</context>
</TS>
