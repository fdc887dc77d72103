<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="en">
<context>
    <name>Address</name>
    <message>
        <source>Street</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sokak</translation>
    </message>
    <message>
        <source>House number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapı numarası</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Posta kodu</translation>
    </message>
    <message>
        <source>Town or city</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yerleşim yeri</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>Check in for your appointment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Randevunuz için giriş yapın</translation>
    </message>
    <message>
        <source>Hold the QR code of your appointment confirmation under the scanner, or type the code from the confirmation (for example 100044-57c2).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Randevu onayınızdaki QR kodunu tarayıcının altına tutun veya onaydaki kodu yazın (örneğin 100044-57c2).</translation>
    </message>
    <message>
        <source>Code from your confirmation</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Onaydaki kod</translation>
    </message>
    <message>
        <source>Check in</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Giriş yap</translation>
    </message>
    <message>
        <source>One moment, please …</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bir dakika …</translation>
    </message>
    <message>
        <source>No appointment: take a waiting ticket</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Randevu yok: sıra numarası alın</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Which service do you need? You will get a waiting ticket.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hangi hizmete ihtiyacınız var? Bir sıra numarası alacaksınız.</translation>
    </message>
    <message>
        <source>Your ticket is being printed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sıra fişiniz yazdırılıyor.</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen fişinizi yazıcıdan alın.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fiş yazdırılamadı. Lütfen numaranızı unutmayın.</translation>
    </message>
    <message>
        <source>You are checked in. The display may take a few minutes to show it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Girişiniz yapıldı. Ekranda görünmesi birkaç dakika sürebilir.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>Waiting ticket</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sıra fişi</translation>
    </message>
    <message>
        <source>Your number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Numaranız</translation>
    </message>
    <message>
        <source>Counter area: {area}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bekleme alanı: {area}</translation>
    </message>
    <message>
        <source>Your appointment: {time}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Randevunuz: {time}</translation>
    </message>
    <message>
        <source>Please wait until your number is called on the screen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen numaranız ekranda çağrılana kadar bekleyin.</translation>
    </message>
    <message>
        <source>This code does not match any of today&apos;s appointments. Please check it, or take a waiting ticket without an appointment.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu kod bugünkü randevulardan hiçbiriyle eşleşmiyor. Lütfen kontrol edin veya randevusuz sıra numarası alın.</translation>
    </message>
    <message>
        <source>This is not the code of an appointment confirmation. Please check it, or take a waiting ticket without an appointment.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu bir randevu onayı kodu değil. Lütfen kontrol edin veya randevusuz sıra numarası alın.</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Please wait until your number is called.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu randevu için giriş zaten yapıldı. Lütfen numaranız çağrılana kadar bekleyin.</translation>
    </message>
    <message>
        <source>Checking in is not possible at the moment. Please take a waiting ticket without an appointment or ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Şu anda giriş yapılamıyor. Lütfen randevusuz sıra numarası alın veya gişeye sorun.</translation>
    </message>
</context>
<context>
    <name>Cancel</name>
    <message>
        <source>Cancel the application?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başvuru iptal edilsin mi?</translation>
    </message>
    <message>
        <source>Everything you entered is deleted, and the terminal starts again for the next person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Girdiğiniz her şey silinir ve cihaz bir sonraki kişi için yeniden başlar.</translation>
    </message>
    <message>
        <source>Yes, cancel and delete</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Evet, iptal et ve sil</translation>
    </message>
    <message>
        <source>No, continue</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hayır, devam et</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>The card reader could not read the chip. Please try again, or type in your details. If it happens again, ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart okuyucu çipi okuyamadı. Lütfen tekrar deneyin veya bilgilerinizi elle girin. Tekrar olursa gişedeki görevlilerden yardım isteyin.</translation>
    </message>
    <message>
        <source>The card reader is not answering. Please type in your details, or ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart okuyucu yanıt vermiyor. Lütfen bilgilerinizi elle girin veya gişedeki görevlilerden yardım isteyin.</translation>
    </message>
    <message>
        <source>The card reader service is not running. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart okuyucu hizmeti çalışmıyor. Lütfen görevlilerden yardım isteyin.</translation>
    </message>
    <message>
        <source>No card reader is connected. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bağlı bir kart okuyucu yok. Lütfen görevlilerden yardım isteyin.</translation>
    </message>
    <message>
        <source>No document is lying on the card reader. Please place your ID card or passport on the reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart okuyucunun üzerinde belge yok. Lütfen kimlik kartınızı veya pasaportunuzu okuyucunun üzerine koyun.</translation>
    </message>
    <message>
        <source>The document was removed while it was being read. Please place it on the reader again and leave it there until the form is filled in.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge okunurken kaldırıldı. Lütfen belgeyi tekrar okuyucunun üzerine koyun ve form doldurulana kadar orada bırakın.</translation>
    </message>
    <message>
        <source>This card is not an ID card, passport or residence permit with a chip. Please type in your details instead.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu kart, çipli bir kimlik kartı (Personalausweis), pasaport veya oturma izni (Aufenthaltstitel) değil. Lütfen bilgilerinizi elle girin.</translation>
    </message>
    <message>
        <source>The chip did not accept the numbers entered. Please check the card access number or the document number and dates, and try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çip girilen numaraları kabul etmedi. Lütfen kart erişim numarasını ya da belge numarasını ve tarihleri kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <source>The chip of this document is blocked or suspended. Please type in your details, or ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu belgenin çipi bloke edilmiş veya askıya alınmış. Lütfen bilgilerinizi elle girin veya görevlilerden yardım isteyin.</translation>
    </message>
    <message>
        <source>This card reader cannot read this document (it does not support extended-length commands). Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu kart okuyucu bu belgeyi okuyamıyor (uzatılmış uzunlukta komutları desteklemiyor). Lütfen görevlilerden yardım isteyin.</translation>
    </message>
    <message>
        <source>The document could not be read. Please place it on the reader again, or type in your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge okunamadı. Lütfen belgeyi tekrar okuyucunun üzerine koyun veya bilgilerinizi elle girin.</translation>
    </message>
</context>
<context>
    <name>CardAccessPanel</name>
    <message>
        <source>ID card or residence permit</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartı veya oturma izni</translation>
    </message>
    <message>
        <source>Passport</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Pasaport</translation>
    </message>
    <message>
        <source>Document number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge numarası</translation>
    </message>
    <message>
        <source>Date of birth (DD.MM.YYYY)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi (GG.AA.YYYY)</translation>
    </message>
    <message>
        <source>Date of expiry (DD.MM.YYYY)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geçerlilik sonu (GG.AA.YYYY)</translation>
    </message>
    <message>
        <source>Read the chip</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çipi oku</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number. It is printed on the front of your ID card, bottom right.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen 6 haneli kart erişim numarasını girin. Bu numara kimlik kartınızın ön yüzünde, sağ altta yazılıdır.</translation>
    </message>
    <message>
        <source>Please enter the document number and the two dates as printed on the photo page of your passport.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen belge numarasını ve iki tarihi pasaportunuzun fotoğraflı sayfasında yazdığı şekilde girin.</translation>
    </message>
    <message>
        <source>If your date of birth is printed with XX for the day or month, type XX there too.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihinizde gün veya ay yerine XX yazıyorsa, oraya siz de XX yazın.</translation>
    </message>
    <message>
        <source>The card access number has exactly 6 digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart erişim numarası tam olarak 6 hanelidir.</translation>
    </message>
    <message>
        <source>Please enter the document number (letters and digits).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen belge numarasını girin (harfler ve rakamlar).</translation>
    </message>
    <message>
        <source>Please enter the dates as DD.MM.YYYY, for example 24.03.1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen tarihleri GG.AA.YYYY biçiminde girin, örneğin 24.03.1985.</translation>
    </message>
</context>
<context>
    <name>ChipCheck</name>
    <message>
        <source>Chip check (passive authentication): verified. The data read from the chip is signed by the issuing state.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çip kontrolü (pasif kimlik doğrulama): doğrulandı. Çipten okunan veriler belgeyi düzenleyen devlet tarafından imzalanmıştır.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): NOT verified. Please check the identity document in person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çip kontrolü (pasif kimlik doğrulama): DOĞRULANMADI. Lütfen kimlik belgesini bizzat kontrol edin.</translation>
    </message>
    <message>
        <source>Chip check (passive authentication): not done, this terminal has no CSCA certificates configured. Please check the identity document in person.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çip kontrolü (pasif kimlik doğrulama): yapılmadı, bu terminalde CSCA sertifikası tanımlı değil. Lütfen kimlik belgesini bizzat kontrol edin.</translation>
    </message>
    <message>
        <source>The chip also proved that it is the document&apos;s original chip (chip authentication).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çip ayrıca belgenin orijinal çipi olduğunu kanıtladı (çip kimlik doğrulaması).</translation>
    </message>
    <message>
        <source>The terminal has no revocation list of the issuing state: a revoked document signer would not have been noticed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminalde belgeyi düzenleyen devletin iptal listesi yok: iptal edilmiş bir belge imzalayıcı fark edilmezdi.</translation>
    </message>
    <message>
        <source>The chip holds no security data (EF.SOD).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çipte güvenlik verisi (EF.SOD) yok.</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) could not be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çipin güvenlik verisi (EF.SOD) okunamadı.</translation>
    </message>
    <message>
        <source>The chip&apos;s security data (EF.SOD) is damaged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çipin güvenlik verisi (EF.SOD) bozuk.</translation>
    </message>
    <message>
        <source>The data read from the chip does not match the chip&apos;s security data.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çipten okunan veriler çipin güvenlik verisiyle uyuşmuyor.</translation>
    </message>
    <message>
        <source>The signature of the chip&apos;s data is not valid.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çip verilerinin imzası geçerli değil.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not in the terminal&apos;s store.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgeyi düzenleyen devletin sertifikası (CSCA) terminalin deposunda yok.</translation>
    </message>
    <message>
        <source>The issuing state&apos;s certificate (CSCA) is not valid.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgeyi düzenleyen devletin sertifikası (CSCA) geçerli değil.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate is not valid today.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge imzalayıcının sertifikası bugün geçerli değil.</translation>
    </message>
    <message>
        <source>The document signer&apos;s certificate has been revoked.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge imzalayıcının sertifikası iptal edilmiş.</translation>
    </message>
    <message>
        <source>The terminal cannot check this document&apos;s signature method.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminal bu belgenin imza yöntemini kontrol edemiyor.</translation>
    </message>
    <message>
        <source>The chip could not prove that it is the document&apos;s original chip (chip authentication).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çip, belgenin orijinal çipi olduğunu kanıtlayamadı (çip kimlik doğrulaması).</translation>
    </message>
    <message>
        <source>The chip&apos;s key for chip authentication (EF.CardSecurity) could not be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çipin çip kimlik doğrulaması anahtarı (EF.CardSecurity) okunamadı.</translation>
    </message>
</context>
<context>
    <name>ChoiceSearch</name>
    <message>
        <source>Type to search the list</source>
        <translation>Listede aramak için yazın</translation>
    </message>
    <message>
        <source>{count} more: type more letters to narrow the list</source>
        <translation>{count} tane daha: listeyi daraltmak için daha fazla harf yazın</translation>
    </message>
    <message>
        <source>Nothing found: type fewer letters</source>
        <translation>Hiçbir şey bulunamadı: daha az harf yazın</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a known key. Known keys here: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; bilinen bir anahtar değil. Burada bilinen anahtarlar: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a JSON {expected}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; bir JSON {expected} olmalıdır.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is missing. Add it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; eksik. Lütfen ekleyin.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be lower-case letters, digits, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; yalnızca küçük harf, rakam, &apos;_&apos; veya &apos;-&apos; içermeli ve bir harfle başlamalıdır.</translation>
    </message>
    <message>
        <source>In the form definition {path}, the id at &apos;{key}&apos; is used twice. Give each one its own id.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; konumundaki kimlik (id) iki kez kullanılmış. Her birine ayrı bir kimlik verin.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the German text alone (format 2); the translations belong in assets/translations/forms_*.ts. Run packaging/update-translations.sh.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; yalnızca Almanca metin olmalıdır (biçim 2); çeviriler assets/translations/forms_*.ts dosyalarına aittir. packaging/update-translations.sh komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a non-empty text.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; boş olmayan bir metin olmalıdır.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at least {low}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; en az {low} olmalıdır.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must equal the file name without &apos;.json&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos;, &apos;.json&apos; uzantısı olmadan dosya adına eşit olmalıdır.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a three-letter currency code such as EUR.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos;, EUR gibi üç harfli bir para birimi kodu olmalıdır.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least one entry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; en az bir girdi içermelidir.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be {low}: this kiosk reads no other version of the format.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; değeri {low} olmalıdır: bu kiosk biçimin başka bir sürümünü okuyamaz.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be a SEPA creditor identifier such as DE98ZZZ09999999999.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos;, DE98ZZZ09999999999 gibi bir SEPA alacaklı kimlik numarası olmalıdır.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of type iban of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; bu formdaki iban türünde bir alanı belirtmelidir.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; bu formdaki bir alanı belirtmelidir.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name another field of the same group.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; aynı gruptaki başka bir alanı belirtmelidir.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a date field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; bu formdaki bir tarih alanını belirtmelidir.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must name a number field of this form.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; bu formdaki bir sayı alanını belirtmelidir.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; names an unknown field type. Known types: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; bilinmeyen bir alan türü belirtiyor. Bilinen türler: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must list at least two fields.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; en az iki alan listelemelidir.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos;: a file field cannot be part of a repeated group. Ask for the file in a field of its own.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}, &apos;{key}&apos;: Bir dosya alanı tekrarlanan bir grubun parçası olamaz. Dosyayı ayrı bir alanda isteyin.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; is not a valid regular expression ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; geçerli bir düzenli ifade değil ({error}).</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; şunlardan biri olmalıdır: {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be the value of one of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; seçeneklerden birinin değeri olmalıdır.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be one of: {known}, each at most once.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; şunlardan biri olmalıdır (her biri en fazla bir kez): {known}.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; must be at most {high}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; en fazla {high} olabilir.</translation>
    </message>
    <message>
        <source>In the form definition {path}, &apos;{key}&apos; may list only images (image/jpeg, image/png) for a photo.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path}: &apos;{key}&apos; bir fotoğraf için yalnızca resim biçimleri (image/jpeg, image/png) içerebilir.</translation>
    </message>
    <message>
        <source>The form definition {path} is not valid JSON ({error}). Fix the line named in the error.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path} geçerli bir JSON değil ({error}). Hata mesajında belirtilen satırı düzeltin.</translation>
    </message>
    <message>
        <source>The form definition {path} cannot be read ({error}). Check that it exists and is UTF-8 text.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Form tanımı {path} okunamıyor ({error}). Dosyanın mevcut olduğunu ve UTF-8 metin olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>No card terminal is configured: set &apos;payment_terminal&apos; in the settings file, or give --terminal HOST:PORT.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart terminali yapılandırılmamış: ayar dosyasına &apos;payment_terminal&apos; girin veya --terminal HOST:PORT belirtin.</translation>
    </message>
    <message>
        <source>The settings file {path} is not valid TOML ({error}). Fix the line named in the error, or remove the file to use the defaults.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ayar dosyası {path} geçerli bir TOML değil ({error}). Hata mesajında belirtilen satırı düzeltin veya varsayılanları kullanmak için dosyayı kaldırın.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({error}). Check that it exists and that the kiosk user may read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ayar dosyası {path} okunamıyor ({error}). Dosyanın mevcut olduğunu ve kiosk kullanıcısının okuma izni olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The settings file {path} does not exist. Give the path of an existing file, or leave out --config to use the defaults.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ayar dosyası {path} mevcut değil. Var olan bir dosyanın yolunu belirtin veya varsayılanları kullanmak için --config seçeneğini kullanmayın.</translation>
    </message>
    <message>
        <source>Give the path of the terminal&apos;s kiosk.toml.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminalin kiosk.toml dosyasının yolunu verin.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} does not match the published schema ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;{key}&apos; ayarı yayımlanan şemaya uymuyor ({error}).</translation>
    </message>
    <message>
        <source>Put the file or directory there, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dosyayı veya dizini oraya koyun ya da ayarı düzeltin.</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;): {problem}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>CSCA deposu {path} (&apos;csca_dir&apos; ayarı): {problem}</translation>
    </message>
    <message>
        <source>The CSCA store {path} (setting &apos;csca_dir&apos;) holds no CSCA certificate: no document chip can be verified.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>CSCA deposu {path} (&apos;csca_dir&apos; ayarı) hiç CSCA sertifikası içermiyor: hiçbir belge çipi doğrulanamaz.</translation>
    </message>
    <message>
        <source>Put the CSCA certificates, their CRLs and the master lists there; a master list also needs the setting &apos;csca_master_list_anchor&apos; with the certificate its signer was issued by.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>CSCA sertifikalarını, bunların iptal listelerini ve ana listeleri oraya koyun; bir ana liste ayrıca imzalayıcısını düzenleyen sertifikayla birlikte &apos;csca_master_list_anchor&apos; ayarını gerektirir.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos; in {path}. Known settings: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içinde bilinmeyen ayar &apos;{key}&apos;. Bilinen ayarlar: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a whole number from {low} to {high}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;{key}&apos; ayarı {low} ile {high} arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a non-empty text in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;{key}&apos; ayarı tırnak içinde boş olmayan bir metin olmalıdır.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a file path in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;{key}&apos; ayarı tırnak içinde bir dosya yolu olmalıdır.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a directory path in quotes.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;{key}&apos; ayarı tırnak içinde bir dizin yolu olmalıdır.</translation>
    </message>
    <message>
        <source>Setting &apos;languages&apos; in {path} must be a list taken from: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;languages&apos; ayarı şu değerlerden oluşan bir liste olmalıdır: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be a table of a form id and its destination&apos;s id (a UUID) in quotes, e.g. {example}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;{key}&apos; ayarı, form kimliği ile teslim noktasının tırnak içindeki kimliğinden (UUID) oluşan bir tablo olmalıdır, örn. {example}.</translation>
    </message>
    <message>
        <source>In {path}, &apos;idle_warning_s&apos; must be shorter than &apos;idle_timeout_s&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içinde &apos;idle_warning_s&apos;, &apos;idle_timeout_s&apos; değerinden küçük olmalıdır.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal&apos; in {path} must be the card terminal&apos;s address as &quot;host:port&quot;, e.g. &quot;192.168.1.20:20007&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;payment_terminal&apos; ayarı kart terminalinin &quot;host:port&quot; biçimindeki adresi olmalıdır, örn. &quot;192.168.1.20:20007&quot;.</translation>
    </message>
    <message>
        <source>Write it like this: {example}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Şöyle yazın: {example}</translation>
    </message>
    <message>
        <source>Remove the line, or correct the name: did you mean &apos;{close}&apos;?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Satırı silin veya adı düzeltin: &apos;{close}&apos; mi demek istediniz?</translation>
    </message>
    <message>
        <source>Remove the line: this version of the kiosk has no such setting (docs/configuration.md lists them).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Satırı silin: kioskun bu sürümünde böyle bir ayar yok (docs/configuration.md ayarları listeler).</translation>
    </message>
    <message>
        <source>Correct that line: texts in double quotes, numbers without, lists in [ ], one setting per line.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>O satırı düzeltin: metinler çift tırnak içinde, sayılar tırnaksız, listeler [ ] içinde, her satırda bir ayar.</translation>
    </message>
    <message>
        <source>Save the file as UTF-8 text (in the editor: Save as, encoding UTF-8).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dosyayı UTF-8 metin olarak kaydedin (düzenleyicide: Farklı kaydet, kodlama UTF-8).</translation>
    </message>
    <message>
        <source>Write [kiosk] on a line of its own and the settings on the lines below it, or leave [kiosk] out altogether.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>[kiosk] yazısını ayrı bir satıra, ayarları altındaki satırlara yazın ya da [kiosk] satırını tamamen kaldırın.</translation>
    </message>
    <message>
        <source>Move the line below [kiosk].</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Satırı [kiosk] satırının altına taşıyın.</translation>
    </message>
    <message>
        <source>Check that the file exists and that the kiosk user may read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dosyanın var olduğunu ve kiosk kullanıcısının onu okuyabildiğini kontrol edin.</translation>
    </message>
    <message>
        <source>Set these together: {keys}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bunları birlikte ayarlayın: {keys}.</translation>
    </message>
    <message>
        <source>The settings file {path} is not UTF-8 text (a character such as ü or ß was saved in another encoding).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} ayar dosyası UTF-8 metin değil (ü veya ß gibi bir karakter başka bir kodlamayla kaydedilmiş).</translation>
    </message>
    <message>
        <source>In {path}, &apos;kiosk&apos; must be the table [kiosk] that holds the settings, not a value.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içinde &apos;kiosk&apos; bir değer değil, ayarları içeren [kiosk] tablosu olmalıdır.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} is outside the [kiosk] table, where the kiosk does not read it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;{key}&apos; ayarı [kiosk] tablosunun dışında; kiosk onu orada okumaz.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be one of: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;{key}&apos; ayarı şunlardan biri olmalıdır: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} must be an address that starts with {schemes}, e.g. {example}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;{key}&apos; ayarı {schemes} ile başlayan bir adres olmalıdır, örneğin {example}.</translation>
    </message>
    <message>
        <source>Setting &apos;{key}&apos; in {path} names {unknown}, which this kiosk does not offer. Services: {known}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;{key}&apos; ayarı {unknown} adını veriyor; bu terminal bunu sunmuyor. Hizmetler: {known}.</translation>
    </message>
    <message>
        <source>Setting &apos;payment_terminal_password&apos; in {path} must be the terminal&apos;s six-digit password, e.g. &quot;000000&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;payment_terminal_password&apos; ayarı terminalin altı haneli parolası olmalıdır, örn. &quot;000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;destination_id&apos; in {path} must be the destination&apos;s id (Zustellpunkt-ID) as FIT-Connect&apos;s self-service portal shows it, a UUID such as &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;destination_id&apos; ayarı, FIT-Connect self servis portalının gösterdiği teslim noktası kimliği (Zustellpunkt-ID) olmalıdır; örneğin &quot;8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63&quot; gibi bir UUID.</translation>
    </message>
    <message>
        <source>Setting &apos;fitconnect_region&apos; in {path} must be an Amtlicher Regionalschlüssel with DE in front, e.g. &quot;DE073350000000&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;fitconnect_region&apos; ayarı, başında DE olan resmi bir bölge anahtarı (Amtlicher Regionalschlüssel) olmalıdır, örn. &quot;DE073350000000&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;payee_iban&apos; in {path} is not an IBAN. Write it as on the office&apos;s bank statement, e.g. &quot;DE02120300000000202051&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;payee_iban&apos; ayarı bir IBAN değil. Kurumun hesap özetindeki gibi yazın, örn. &quot;DE02120300000000202051&quot;.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} holds the PIN itself. Nobody may read it there: run &apos;buergerbuero config pin&apos;, give the PIN twice, and write the line it prints instead.</source>
        <translation>{path} içindeki &apos;staff_pin&apos; ayarı PIN&apos;in kendisini içeriyor. Orada kimse okuyamamalı: &apos;buergerbuero config pin&apos; komutunu çalıştırın, PIN&apos;i iki kez girin ve bunun yerine yazdırdığı satırı yazın.</translation>
    </message>
    <message>
        <source>Setting &apos;staff_pin&apos; in {path} is not a PIN hash as &apos;buergerbuero config pin&apos; prints it (&quot;$scrypt$ln=…&quot;). Run it again and copy the whole line.</source>
        <translation>{path} içindeki &apos;staff_pin&apos; ayarı, &apos;buergerbuero config pin&apos; komutunun yazdırdığı gibi bir PIN özeti değil (&quot;$scrypt$ln=…&quot;). Komutu yeniden çalıştırın ve satırın tamamını kopyalayın.</translation>
    </message>
    <message>
        <source>In {path}, &apos;payee_iban&apos; needs &apos;payee_name&apos; (the account holder, as the bank knows it).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içinde &apos;payee_iban&apos; için &apos;payee_name&apos; de gereklidir (bankanın kayıtlarındaki hesap sahibi).</translation>
    </message>
    <message>
        <source>In {path}, sending with FIT-Connect tokens needs all of fitconnect_token_url, fitconnect_client_id and fitconnect_client_secret_file.</source>
        <translation>{path} içinde FIT-Connect belirteçleriyle gönderim için fitconnect_token_url, fitconnect_client_id ve fitconnect_client_secret_file ayarlarının hepsi gerekir.</translation>
    </message>
    <message>
        <source>In {path}, the appointment check-in needs all of appointment_url, appointment_scope, appointment_workstation_key and appointment_ticketprinter_hash.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içinde randevu girişi için appointment_url, appointment_scope, appointment_workstation_key ve appointment_ticketprinter_hash ayarlarının tümü gerekir.</translation>
    </message>
    <message>
        <source>Setting &apos;receipt_printer&apos; in {path} must be &quot;cups://QUEUE&quot; or &quot;escpos://HOST:PORT&quot;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki &apos;receipt_printer&apos; ayarı &quot;cups://KUYRUK&quot; veya &quot;escpos://HOST:PORT&quot; olmalıdır.</translation>
    </message>
    <message>
        <source>In {path}, paying by phone needs all of xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id and xbezahl_client_secret.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içinde telefonla ödeme için xbezahl_url, xbezahl_originator_id, xbezahl_endpoint_id, xbezahl_client_id ve xbezahl_client_secret ayarlarının tümü gereklidir.</translation>
    </message>
    <message>
        <source>The escrow key {path} cannot be read ({error}). Ask the technician to check the setting &apos;escrow_cert&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Emanet anahtarı {path} okunamıyor ({error}). Teknisyenden &apos;escrow_cert&apos; ayarını kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <source>This device has no signing certificate of the office. Ask the technician to enroll it: &apos;buergerbuero signature enroll request&apos;, then &apos;signature enroll install&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu cihazda kurumun imza sertifikası yok. Teknisyenden cihazı kaydetmesini isteyin: &apos;buergerbuero signature enroll request&apos;, ardından &apos;signature enroll install&apos;.</translation>
    </message>
    <message>
        <source>The signing certificate {path} cannot be used ({why}). Ask the technician to enroll this device with the office CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmza sertifikası {path} kullanılamıyor ({why}). Teknisyenden bu cihazı kurumun CA&apos;sına kaydetmesini isteyin.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Card reading is not installed on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminalde kart okuma kurulu değil.</translation>
    </message>
    <message>
        <source>The card reader service is not running.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart okuyucu hizmeti çalışmıyor.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bağlı bir kart okuyucu yok.</translation>
    </message>
    <message>
        <source>No scan has arrived yet. Place the document on the scanner, start the scan, then tap &apos;Take from scanner&apos; again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Henüz tarama gelmedi. Belgeyi tarayıcıya koyun, taramayı başlatın ve ardından tekrar &apos;Tarayıcıdan al&apos; düğmesine dokunun.</translation>
    </message>
    <message>
        <source>The scan is still arriving. Please wait a moment, then tap &apos;Take from scanner&apos; again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tarama hâlâ aktarılıyor. Lütfen biraz bekleyin, ardından tekrar &apos;Tarayıcıdan al&apos; düğmesine dokunun.</translation>
    </message>
    <message>
        <source>The scanner cannot be used right now. Please hand the document in at the counter, or ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tarayıcı şu anda kullanılamıyor. Lütfen belgeyi gişeye teslim edin veya görevlilerden yardım isteyin.</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Previous page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Önceki sayfa</translation>
    </message>
    <message>
        <source>Next page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sonraki sayfa</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Küçült</translation>
    </message>
    <message>
        <source>Larger</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Büyüt</translation>
    </message>
    <message>
        <source>The document to sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmzalanacak belge</translation>
    </message>
    <message>
        <source>Scroll through the document</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgede gezinin</translation>
    </message>
    <message>
        <source>Move the page sideways</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sayfayı yana kaydırın</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sayfa {page}/{count}</translation>
    </message>
</context>
<context>
    <name>Eid</name>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, have your ID card read at the card reader, or have it checked at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çevrimiçi kimlik işlevi (Online-Ausweisfunktion) şu anda kullanılamıyor. Bunun yerine bilgilerinizi elle girebilir, kimlik kartınızı kart okuyucuda okutabilir veya gişede kontrol ettirebilirsiniz.</translation>
    </message>
    <message>
        <source>The online ID function stopped with an error. Please type in your details instead, or ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çevrimiçi kimlik işlevi bir hatayla durdu. Lütfen bunun yerine bilgilerinizi elle girin veya gişedeki görevlilerden yardım isteyin.</translation>
    </message>
    <message>
        <source>Please enter your 6-digit PIN.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen 6 haneli PIN&apos;inizi girin.</translation>
    </message>
    <message>
        <source>Please enter your current PIN (or the 5-digit transport PIN from your PIN letter).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen mevcut PIN&apos;inizi (veya PIN mektubunuzdaki 5 haneli geçici PIN&apos;i) girin.</translation>
    </message>
    <message>
        <source>Please enter the 6-digit card access number (CAN) printed on the front of your ID card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen kimlik kartınızın ön yüzünde yazan 6 haneli kart erişim numarasını (CAN) girin.</translation>
    </message>
    <message>
        <source>Your PIN is blocked. Please enter the 10-digit PUK from your PIN letter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PIN&apos;iniz bloke edildi. Lütfen PIN mektubunuzdaki 10 haneli PUK&apos;u girin.</translation>
    </message>
    <message>
        <source>Please choose a new 6-digit PIN.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen 6 haneli yeni bir PIN seçin.</translation>
    </message>
    <message>
        <source>The online ID function is not available at the moment. You can type in your details instead, or have your ID card checked at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çevrimiçi kimlik işlevi (Online-Ausweisfunktion) şu anda kullanılamıyor. Bunun yerine bilgilerinizi elle girebilir veya kimlik kartınızı gişede kontrol ettirebilirsiniz.</translation>
    </message>
    <message>
        <source>Online ID function</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çevrimiçi kimlik işlevi</translation>
    </message>
    <message>
        <source>Connecting to the online ID function…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çevrimiçi kimlik işlevine bağlanılıyor…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Allow</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İzin ver</translation>
    </message>
    <message>
        <source>Type in my details</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bilgilerimi elle gir</translation>
    </message>
    <message>
        <source>Read my ID card at the reader</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimliğimi okuyucuda okut</translation>
    </message>
    <message>
        <source>Have my ID checked at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimliğimi gişede kontrol ettir</translation>
    </message>
    <message>
        <source>{provider} asks to read the following data from your ID card ({purpose}):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{provider}, kimlik kartınızdan şu verileri okumak istiyor ({purpose}):</translation>
    </message>
    <message>
        <source>Do you agree?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kabul ediyor musunuz?</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bekleyin…</translation>
    </message>
    <message>
        <source>That was not accepted. Please check the number of digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu kabul edilmedi. Lütfen hane sayısını kontrol edin.</translation>
    </message>
    <message>
        <source>The PIN was wrong. Attempts left: {count}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PIN yanlış. Kalan deneme hakkı: {count}.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Please enter the number on the card reader&apos;s keypad.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen numarayı kart okuyucunun tuş takımından girin.</translation>
    </message>
    <message>
        <source>Please place your ID card on the card reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen kimlik kartınızı kart okuyucunun üzerine koyun.</translation>
    </message>
    <message>
        <source>The online function of this ID card is blocked or switched off. The citizens&apos; office can unblock it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu kimlik kartının çevrimiçi işlevi bloke edilmiş veya kapatılmış. Vatandaş hizmetleri bürosu (Bürgerbüro) bu işlevi yeniden açabilir.</translation>
    </message>
    <message>
        <source>Please wait… ({percent} %)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bekleyin… (%{percent})</translation>
    </message>
    <message>
        <source>Identity confirmed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik doğrulandı</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function. Please check and complete your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimliğiniz çevrimiçi kimlik işleviyle doğrulandı. Lütfen bilgilerinizi kontrol edin ve tamamlayın.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Devam</translation>
    </message>
    <message>
        <source>Online ID function not available</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çevrimiçi kimlik işlevi kullanılamıyor</translation>
    </message>
    <message>
        <source>The online ID function stopped</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çevrimiçi kimlik işlevi durdu</translation>
    </message>
</context>
<context>
    <name>EidRights</name>
    <message>
        <source>Family name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soyadı</translation>
    </message>
    <message>
        <source>Given names</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adlar</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum soyadı</translation>
    </message>
    <message>
        <source>Doctoral degree</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doktora unvanı</translation>
    </message>
    <message>
        <source>Religious or artistic name</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dini ad veya sanatçı adı</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum yeri</translation>
    </message>
    <message>
        <source>Address</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Uyruk</translation>
    </message>
    <message>
        <source>Document type</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge türü</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Düzenleyen ülke</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geçerlilik sonu</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Takma ad</translation>
    </message>
    <message>
        <source>Age verification</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yaş doğrulaması</translation>
    </message>
    <message>
        <source>Address verification</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adres doğrulaması</translation>
    </message>
    <message>
        <source>Community ID</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belediye kodu</translation>
    </message>
    <message>
        <source>Residence permit I</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Oturma izni I</translation>
    </message>
    <message>
        <source>Residence permit II</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Oturma izni II</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong on this terminal. Your data has not been lost. Please ask the staff at the counter for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminalde bir hata oluştu. Verileriniz kaybolmadı. Lütfen gişedeki görevlilerden yardım isteyin.</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Very dissatisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hiç memnun değilim</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Memnun değilim</translation>
    </message>
    <message>
        <source>Neither</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kararsızım</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Memnunum</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çok memnunum</translation>
    </message>
    <message>
        <source>How long it took</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ne kadar sürdüğü</translation>
    </message>
    <message>
        <source>Understanding the questions</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Soruları anlamak</translation>
    </message>
    <message>
        <source>Identifying myself</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimliğimi doğrulamak</translation>
    </message>
    <message>
        <source>Paying the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücreti ödemek</translation>
    </message>
    <message>
        <source>Using the screen</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ekranı kullanmak</translation>
    </message>
    <message>
        <source>Something else</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başka bir şey</translation>
    </message>
    <message>
        <source>How satisfied are you with this terminal?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu cihazdan ne kadar memnunsunuz?</translation>
    </message>
    <message>
        <source>Optional and anonymous: one tap is enough.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İsteğe bağlı ve anonim: bir dokunuş yeterli.</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sizin için en önemlisi neydi?</translation>
    </message>
    <message>
        <source>Thank you for your feedback.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Geri bildiriminiz için teşekkür ederiz.</translation>
    </message>
    <message>
        <source>Your entries have been deleted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Girdiğiniz bilgiler silindi.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitir</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Yes</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Evet</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>A current passport photo in portrait format, as for an identity card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartındaki gibi, dikey formatta güncel bir biyometrik vesikalık fotoğraf.</translation>
    </message>
    <message>
        <source>Fewer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Azalt</translation>
    </message>
    <message>
        <source>More</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Artır</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(isteğe bağlı)</translation>
    </message>
    <message>
        <source>(choose all that apply)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(birden fazla seçilebilir)</translation>
    </message>
    <message>
        <source>Format: DD.MM.YYYY</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Biçim: GG.AA.YYYY</translation>
    </message>
</context>
<context>
    <name>FileInput</name>
    <message>
        <source>Reading the scan…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tarama okunuyor…</translation>
    </message>
    <message>
        <source>Take from scanner</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tarayıcıdan al</translation>
    </message>
    <message>
        <source>I will hand it in at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gişeye teslim edeceğim</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dosyayı kaldır</translation>
    </message>
    <message>
        <source>Please give the document to the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen belgeyi gişedeki görevlilere verin.</translation>
    </message>
    <message>
        <source>This terminal has no scanner. Tap &apos;I will hand it in at the counter&apos; and give the document to the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminalde tarayıcı yok. &apos;Gişeye teslim edeceğim&apos; düğmesine dokunun ve belgeyi görevlilere verin.</translation>
    </message>
    <message>
        <source>To replace it, scan again and tap &apos;Take from scanner&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Değiştirmek için tekrar tarayın ve &apos;Tarayıcıdan al&apos; düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Place the document on the scanner and start the scan. Then tap &apos;Take from scanner&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgeyi tarayıcıya koyun ve taramayı başlatın. Ardından &apos;Tarayıcıdan al&apos; düğmesine dokunun.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>To be handed in at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gişeye teslim edilecek</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>JPEG resmi</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PNG resmi</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PDF belgesi</translation>
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
        <translation>Geri</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İptal</translation>
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
        <translation>binlik ayırıcı: .</translation>
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
        <translation>+ Kayıt ekle</translation>
    </message>
    <message>
        <source>Entry {number}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kayıt {number}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove entry {number}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{number}. kaydı kaldır</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Help</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>Help: call a member of staff</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yardım: görevli çağır</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yazıyı küçült</translation>
    </message>
    <message>
        <source>Larger text (now {percent} %)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yazıyı büyüt (şu an %{percent})</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yüksek kontrast</translation>
    </message>
    <message>
        <source>Step {current} of {total}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adım {current}/{total}</translation>
    </message>
    <message>
        <source>Language: {language}. Choose another language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dil: {language}. Başka bir dil seçin</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Staff could not be called from here. Please ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Buradan görevli çağrılamadı. Lütfen gişeye sorun.</translation>
    </message>
    <message>
        <source>Staff are being called…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Görevli çağrılıyor…</translation>
    </message>
    <message>
        <source>Staff have been told. Someone will come to you. Please wait here: what you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Görevlilere haber verildi. Birazdan biri yanınıza gelecek. Lütfen burada bekleyin: girdikleriniz korunur.</translation>
    </message>
    <message>
        <source>Please ask at the counter. What you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen gişeye sorun. Girdikleriniz korunur.</translation>
    </message>
    <message>
        <source>Help</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yardım</translation>
    </message>
    <message>
        <source>OK</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>IdentifyScreen</name>
    <message>
        <source>Who is applying?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başvuruyu kim yapıyor?</translation>
    </message>
    <message>
        <source>You apply in your own name and identify yourself with your own document. To apply for another person, please ask at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başvuruyu kendi adınıza yapıyor ve kendi belgenizle kimliğinizi kanıtlıyorsunuz. Başka biri için başvurmak için lütfen gişeye başvurun.</translation>
    </message>
    <message>
        <source>Do you have your ID card, passport or residence permit with you? Lay it on the card reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik kartınız (Personalausweis), pasaportunuz veya oturma izniniz (Aufenthaltstitel) yanınızda mı? Kart okuyucunun üzerine koyun.</translation>
    </message>
    <message>
        <source>Place ID card on reader</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimliği okuyucuya koyun</translation>
    </message>
    <message>
        <source>Please type in your details as they appear on your ID card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bilgilerinizi kimlik kartınızda yazdığı şekilde girin.</translation>
    </message>
    <message>
        <source>Sign in with the online ID function</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çevrimiçi kimlikle giriş yapın</translation>
    </message>
    <message>
        <source>Your identity has been confirmed with the online ID function.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimliğiniz çevrimiçi kimlik işleviyle doğrulandı.</translation>
    </message>
    <message>
        <source>Please lay your document on the card reader now. Reading starts by itself.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen belgenizi şimdi kart okuyucunun üzerine koyun. Okuma kendiliğinden başlar.</translation>
    </message>
    <message>
        <source>Reading the chip… Please leave the document on the reader.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Çip okunuyor… Lütfen belgeyi okuyucunun üzerinde bırakın.</translation>
    </message>
    <message>
        <source>Checking the access number with the chip…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Erişim numarası çiple kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Reading your details from the chip…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bilgileriniz çipten okunuyor…</translation>
    </message>
    <message>
        <source>Your details were read from the chip. Please check them; you can still correct them.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bilgileriniz çipten okundu. Lütfen kontrol edin; hâlâ düzeltebilirsiniz.</translation>
    </message>
    <message>
        <source>The document could not be read. Please type in your details.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge okunamadı. Lütfen bilgilerinizi elle girin.</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>Your document does not give your full date of birth: 00 stands for the day or month it leaves open. Please complete the date if you know it, or leave it as it is.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgeniz doğum tarihinizi tam olarak içermiyor: 00, belgede boş bırakılan günü veya ayı gösterir. Biliyorsanız lütfen tarihi tamamlayın, bilmiyorsanız olduğu gibi bırakın.</translation>
    </message>
    <message>
        <source>Please check the year of birth: the document gives only its last two digits.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen doğum yılını kontrol edin: belge yılın yalnızca son iki hanesini içeriyor.</translation>
    </message>
    <message>
        <source>The date of birth could not be read from the document. Please type it in.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Doğum tarihi belgeden okunamadı. Lütfen elle girin.</translation>
    </message>
    <message>
        <source>Your document gives no family name. If you have one, please enter it; if you have only one name, please ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgenizde soyadı yok. Soyadınız varsa lütfen girin; yalnızca tek bir adınız varsa lütfen görevlilere başvurun.</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Do you need more time?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Daha fazla zamana ihtiyacınız var mı?</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Evet, ek süre</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message numerus="yes">
        <source>For your privacy, this session ends in %n seconds and everything you entered is deleted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>
            <numerusform>Gizliliğiniz için bu oturum %n saniye sonra sona erecek ve girdiğiniz her şey silinecek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Saving…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kaydediliyor…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <extracomment>The name of a language, written in that language (Deutsch, Türkçe, العربية, …): the welcome screen&apos;s buttons, the header&apos;s language button, the keyboard&apos;s language key.</extracomment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Englisch</source>
        <extracomment>The name of a language in German, the office&apos;s language (Englisch, Türkisch, Arabisch, …): the application PDF says in which language the citizen made the application. Each language&apos;s file gives its own name in German; the source is English&apos;s German name.</extracomment>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <source>What you entered stays.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Girdikleriniz korunur.</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Keyboard: {language}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Klavye: {language}</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Son karakteri sil</translation>
    </message>
    <message>
        <source>Next field</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sonraki alan</translation>
    </message>
    <message>
        <source>Letters</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Harfler</translation>
    </message>
    <message>
        <source>Hide the keyboard</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Klavyeyi gizle</translation>
    </message>
    <message>
        <source>Shift: capital letter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Shift: büyük harf</translation>
    </message>
    <message>
        <source>More characters (AltGr)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diğer karakterler (AltGr)</translation>
    </message>
    <message>
        <source>Space</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Boşluk</translation>
    </message>
    <message>
        <source>Digits</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Rakamlar</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>This terminal is out of service</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminal hizmet dışı</translation>
    </message>
    <message>
        <source>Please go to the counter. The staff will gladly help you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen gişeye gidin. Personel size memnuniyetle yardımcı olur.</translation>
    </message>
    <message>
        <source>For the technician: {problem}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Teknisyen için: {problem}</translation>
    </message>
    <message>
        <source>({count} more in the kiosk&apos;s log)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>(kiosk kaydında {count} tane daha)</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <source>Application</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başvuru</translation>
    </message>
    <message>
        <source>Application made in: {language}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başvuru dili: {language}</translation>
    </message>
    <message>
        <source>Case number (Vorgangsnummer)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İşlem numarası (Vorgangsnummer)</translation>
    </message>
    <message>
        <source>Please quote it in any enquiry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen tüm sorularınızda bu numarayı belirtin.</translation>
    </message>
    <message>
        <source>Fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yasal dayanak: {basis}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Muafiyet veya indirim mümkün: {list}</translation>
    </message>
    <message>
        <source>Paid: {method}, {amount} (transaction {transaction})</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödendi: {method}, {amount} (işlem {transaction})</translation>
    </message>
    <message>
        <source>Not paid yet: the fee is due at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Henüz ödenmedi: ücret gişede ödenecek.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödenecek ücret yok.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Banka havalesiyle ödeme bekleniyor.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gişede ödenecek.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: {exemption} (to be checked at the counter).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret muafiyeti talep edildi: {exemption} (gişede kontrol edilecek).</translation>
    </message>
    <message>
        <source>card at the terminal</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>terminalde kartla</translation>
    </message>
    <message>
        <source>online (paypage)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>çevrimiçi (ödeme sayfası)</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>banka havalesi</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>gişede</translation>
    </message>
    <message>
        <source>exemption</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>muafiyet</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>yok</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödeme referansı (Kassenzeichen): {reference}</translation>
    </message>
    <message>
        <source>I declare that the information given is correct and complete.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Verdiğim bilgilerin doğru ve eksiksiz olduğunu beyan ederim.</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration above</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başvuru sahibinin imzası: yukarıdaki beyanı onaylar</translation>
    </message>
    <message>
        <source>Place, date</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yer, tarih</translation>
    </message>
    <message>
        <source>Signature of the applicant: confirms the declaration and the application {vorgangsnummer}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başvuru sahibinin imzası: beyanı ve {vorgangsnummer} numaralı başvuruyu onaylar</translation>
    </message>
    <message>
        <source>At the counter: the applicant confirms this application in person, after the staff checked the identity (signed on the counter tablet; name, place and time appear with the signature)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gişede: Görevliler kimliği kontrol ettikten sonra başvuru sahibi bu başvuruyu bizzat onaylar (gişe tabletinde imzalanmıştır; ad, yer ve saat imzayla birlikte görünür)</translation>
    </message>
    <message>
        <source>Signature at the counter: the applicant confirms the application {vorgangsnummer} in person</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gişede imza: başvuru sahibi {vorgangsnummer} numaralı başvuruyu bizzat onaylar</translation>
    </message>
    <message>
        <source>You sign: {title} · case number {vorgangsnummer} · {pages} · fee {fee}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmzaladığınız: {title} · işlem numarası {vorgangsnummer} · {pages} · ücret {fee}</translation>
    </message>
    <message>
        <source>the answers on pages 1 to {last}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>1–{last}. sayfalardaki bilgiler</translation>
    </message>
    <message>
        <source>the answers on page 1</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>1. sayfadaki bilgiler</translation>
    </message>
    <message>
        <source>SEPA direct debit mandate</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>SEPA otomatik ödeme talimatı (SEPA-Lastschriftmandat)</translation>
    </message>
    <message>
        <source>Creditor</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Alacaklı</translation>
    </message>
    <message>
        <source>Creditor identifier</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Alacaklı kimlik numarası</translation>
    </message>
    <message>
        <source>Mandate reference</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Talimat referansı</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hesap sahibi</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>The signature below also signs this mandate (a recurrent mandate is not given: it is for this fee only).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Aşağıdaki imza bu talimatı da imzalar (tekrarlayan bir talimat verilmez: yalnızca bu ücret içindir).</translation>
    </message>
    <message>
        <source>Submitted at self-service terminal {terminal}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Self servis terminalinden gönderildi: {terminal}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sayfa {page}/{pages}</translation>
    </message>
    <message>
        <source>Source: identity document chip</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kaynak: kimlik belgesinin çipi</translation>
    </message>
    <message>
        <source>Source: typed in</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kaynak: elle girildi</translation>
    </message>
    <message>
        <source>For the office</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kurum için</translation>
    </message>
    <message>
        <source>Attached to this PDF file: {name}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu PDF dosyasının eki: {name}</translation>
    </message>
    <message>
        <source>The image cannot be shown here.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Resim burada gösterilemiyor.</translation>
    </message>
</context>
<context>
    <name>PairingCodePanel</name>
    <message>
        <source>For staff</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Görevliler için</translation>
    </message>
    <message>
        <source>For staff: hold to show the pairing code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Görevliler için: eşleştirme kodunu göstermek için basılı tutun</translation>
    </message>
    <message>
        <source>For staff: hold the button for two seconds to show the pairing code for the counter workstation.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Görevliler için: Gişedeki iş istasyonunun eşleştirme kodunu göstermek için düğmeyi iki saniye basılı tutun.</translation>
    </message>
    <message>
        <source>Pairing code for the counter workstation</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gişe iş istasyonu için eşleştirme kodu</translation>
    </message>
    <message>
        <source>Hide code</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kodu gizle</translation>
    </message>
    <message>
        <source>Forget paired workstations</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Eşleşmiş istasyonları unut</translation>
    </message>
    <message>
        <source>Enter it at the workstation. It hides itself in {seconds} s.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kodu iş istasyonuna girin. {seconds} sn sonra gizlenir.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>The card terminal cannot be reached at the moment. Please choose another way to pay, or pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart terminaline şu anda ulaşılamıyor. Lütfen başka bir ödeme yöntemi seçin veya gişede ödeyin.</translation>
    </message>
    <message>
        <source>The connection to the card terminal was lost. Your card has not been charged twice; please wait a moment while the terminal is checked.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart terminaliyle bağlantı kesildi. Kartınızdan iki kez çekim yapılmadı; terminal kontrol edilirken lütfen biraz bekleyin.</translation>
    </message>
    <message>
        <source>The card terminal did not answer in time. Please try again or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart terminali zamanında yanıt vermedi. Lütfen tekrar deneyin veya başka bir ödeme yöntemi seçin.</translation>
    </message>
    <message>
        <source>The card terminal is busy. Please wait a moment and try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart terminali meşgul. Lütfen biraz bekleyip tekrar deneyin.</translation>
    </message>
    <message>
        <source>The card terminal sent an answer this terminal cannot use. Please choose another way to pay, or ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart terminali bu terminalin kullanamayacağı bir yanıt gönderdi. Lütfen başka bir ödeme yöntemi seçin veya görevlilere sorun.</translation>
    </message>
    <message>
        <source>The payment was declined. Your card has not been charged. Please try again with another card or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödeme reddedildi. Kartınızdan çekim yapılmadı. Lütfen başka bir kartla tekrar deneyin veya başka bir ödeme yöntemi seçin.</translation>
    </message>
    <message>
        <source>The card could not be read. Please insert it again (chip first) or hold it flat on the terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart okunamadı. Lütfen kartı tekrar takın (önce çip tarafı) veya terminale düz tutun.</translation>
    </message>
    <message>
        <source>The payment was cancelled (the card was removed, or nothing happened for too long). Your card has not been charged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödeme iptal edildi (kart çıkarıldı veya uzun süre işlem yapılmadı). Kartınızdan çekim yapılmadı.</translation>
    </message>
    <message>
        <source>The PIN was not correct. Your card has not been charged. Please try again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PIN doğru değildi. Kartınızdan çekim yapılmadı. Lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>This card has expired or is not yet valid. Please use another card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu kartın süresi dolmuş veya henüz geçerli değil. Lütfen başka bir kart kullanın.</translation>
    </message>
    <message>
        <source>This card is not accepted here. Please use another card or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu kart burada kabul edilmiyor. Lütfen başka bir kart kullanın veya başka bir ödeme yöntemi seçin.</translation>
    </message>
    <message>
        <source>The card terminal has a fault. Your card has not been charged. Please choose another way to pay, or ask the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart terminalinde arıza var. Kartınızdan çekim yapılmadı. Lütfen başka bir ödeme yöntemi seçin veya görevlilere sorun.</translation>
    </message>
    <message>
        <source>The receipt printer is not ready, so the card terminal cannot take payments now. Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fiş yazıcısı hazır değil, bu yüzden kart terminali şu anda ödeme alamıyor. Lütfen başka bir ödeme yöntemi seçin.</translation>
    </message>
    <message>
        <source>Please insert, tap or swipe your card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen kartınızı takın, yaklaştırın veya geçirin.</translation>
    </message>
    <message>
        <source>Please enter your PIN on the card terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen PIN&apos;inizi kart terminaline girin.</translation>
    </message>
    <message>
        <source>Please wait…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bekleyin…</translation>
    </message>
    <message>
        <source>Please remove your card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen kartınızı alın.</translation>
    </message>
    <message>
        <source>Connecting to the bank…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bankaya bağlanılıyor…</translation>
    </message>
    <message>
        <source>Payment approved.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödeme onaylandı.</translation>
    </message>
    <message>
        <source>Payment not approved.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödeme onaylanmadı.</translation>
    </message>
    <message>
        <source>Please choose the card application on the terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen terminalde kart uygulamasını seçin.</translation>
    </message>
    <message>
        <source>We could not confirm whether your card was charged. Your application is saved. Please do not pay again: the staff will check the card terminal and tell you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kartınızdan çekim yapılıp yapılmadığını doğrulayamadık. Başvurunuz kaydedildi. Lütfen tekrar ödemeyin: görevliler kart terminalini kontrol edip size bilgi verecek.</translation>
    </message>
    <message>
        <source>The card terminal is still checking an earlier payment. Please choose another way to pay, or pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kart terminali hâlâ önceki bir ödemeyi kontrol ediyor. Lütfen başka bir ödeme yöntemi seçin veya gişede ödeyin.</translation>
    </message>
    <message>
        <source>The payment record of this terminal cannot be written. Nothing was charged; please pay at the counter and tell the staff.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminalin ödeme kaydı yazılamıyor. Herhangi bir çekim yapılmadı; lütfen gişede ödeyin ve görevlilere bilgi verin.</translation>
    </message>
    <message>
        <source>Paying by phone is not possible at the moment (no connection to the payment platform). Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Telefonla ödeme şu anda mümkün değil (ödeme platformuna bağlantı yok). Lütfen başka bir ödeme yöntemi seçin.</translation>
    </message>
    <message>
        <source>The payment platform did not accept the payment. Please choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödeme platformu ödemeyi kabul etmedi. Lütfen başka bir ödeme yöntemi seçin.</translation>
    </message>
    <message>
        <source>The payment on your phone was not completed. Nothing was charged. Please try again or choose another way to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Telefonunuzdaki ödeme tamamlanmadı. Herhangi bir çekim yapılmadı. Lütfen tekrar deneyin veya başka bir ödeme yöntemi seçin.</translation>
    </message>
    <message>
        <source>Checking the receipt printer…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fiş yazıcısı kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Please follow the instructions on the card terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen kart terminalindeki talimatları izleyin.</translation>
    </message>
    <message>
        <source>Connecting to the payment platform…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödeme platformuna bağlanılıyor…</translation>
    </message>
    <message>
        <source>Scan the QR code with your phone and pay there. This screen continues by itself.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>QR kodu telefonunuzla tarayın ve ödemeyi orada yapın. Bu ekran kendiliğinden devam eder.</translation>
    </message>
    <message>
        <source>Scan the code with your banking app, or transfer to: {name}, IBAN {iban}, reference {reference}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kodu bankacılık uygulamanızla tarayın veya şu hesaba havale edin: {name}, IBAN {iban}, açıklama {reference}.</translation>
    </message>
    <message>
        <source>Your card payment is being checked. Please do not pay again; ask at the counter if you are unsure.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kartla ödemeniz kontrol ediliyor. Lütfen tekrar ödemeyin; emin değilseniz gişeye sorun.</translation>
    </message>
</context>
<context>
    <name>PaymentScreen</name>
    <message>
        <source>Paying the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret ödeme</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret: {amount}</translation>
    </message>
    <message>
        <source>Legal basis: {basis}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yasal dayanak: {basis}</translation>
    </message>
    <message>
        <source>Pay by card at the terminal (girocard, credit card, contactless)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminalde kartla ödeyin (girocard, kredi kartı, temassız)</translation>
    </message>
    <message>
        <source>Pay on your phone (QR code)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Telefonla ödeyin (QR kod)</translation>
    </message>
    <message>
        <source>Pay by bank transfer (QR code for your banking app)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Havaleyle ödeyin (bankacılık uygulaması için QR kod)</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gişede ödeyin</translation>
    </message>
    <message>
        <source>I am exempt from the fee: {reason}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücretten muafım: {reason}</translation>
    </message>
    <message>
        <source>Choose another way to pay</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başka ödeme yöntemi seçin</translation>
    </message>
    <message>
        <source>Pay by card anyway (receipt on the screen)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yine de kartla ödeyin (fiş ekranda)</translation>
    </message>
    <message>
        <source>I will transfer the fee</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücreti havale edeceğim</translation>
    </message>
    <message>
        <source>QR code of the payment page</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödeme sayfasının QR kodu</translation>
    </message>
    <message>
        <source>QR code for your banking app</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bankacılık uygulamanız için QR kod</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>The outbox in {path} cannot be opened ({error}). Check the disk; &apos;buergerbuero queue status&apos; shows what it holds.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki giden kutusu açılamıyor ({error}). Diski kontrol edin; &apos;buergerbuero queue status&apos; içeriğini gösterir.</translation>
    </message>
    <message>
        <source>The data directory {path} cannot be used ({error}). Check that it is a directory the kiosk user may write to, on a disk with free space (setting &apos;data_dir&apos;).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} veri dizini kullanılamıyor ({error}). Bunun, kiosk kullanıcısının yazabildiği, boş yeri olan bir diskte bir dizin olduğunu kontrol edin (&apos;data_dir&apos; ayarı).</translation>
    </message>
    <message>
        <source>The file {path} of the setting &apos;{key}&apos; cannot be read ({error}). Put the file there, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{key}&apos; ayarının {path} dosyası okunamıyor ({error}). Dosyayı oraya koyun ya da ayarı düzeltin.</translation>
    </message>
    <message>
        <source>The directory {path} of the setting &apos;{key}&apos; cannot be used ({error}). Create it, or correct the setting.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{key}&apos; ayarının {path} dizini kullanılamıyor ({error}). Dizini oluşturun ya da ayarı düzeltin.</translation>
    </message>
    <message>
        <source>The terminal&apos;s self-check could not run ({error}). See the kiosk&apos;s log (journalctl -u buergerbuero).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminalin öz denetimi çalışamadı ({error}). Kiosk kaydına bakın (journalctl -u buergerbuero).</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>The receipt printer is not ready (no paper, or switched off). Your receipt is shown on the screen; please photograph the QR code.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fiş yazıcısı hazır değil (kâğıt yok veya kapalı). Fişiniz ekranda gösteriliyor; lütfen QR kodun fotoğrafını çekin.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. It is shown on the screen; please photograph the QR code.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fiş yazdırılamadı. Fiş ekranda gösteriliyor; lütfen QR kodun fotoğrafını çekin.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fiş</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tarih: {date}</translation>
    </message>
    <message>
        <source>Reference number (Vorgangsnummer):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İşlem numarası (Vorgangsnummer):</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret: {amount}</translation>
    </message>
    <message>
        <source>Payment reference (Kassenzeichen): {reference}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödeme referansı (Kassenzeichen): {reference}</translation>
    </message>
    <message>
        <source>Paid: {method}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödendi: {method}</translation>
    </message>
    <message>
        <source>Not paid yet: please pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Henüz ödenmedi: lütfen gişede ödeyin.</translation>
    </message>
    <message>
        <source>No fee to pay.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödenecek ücret yok.</translation>
    </message>
    <message>
        <source>Payment by bank transfer pending.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Banka havalesiyle ödeme bekleniyor.</translation>
    </message>
    <message>
        <source>To pay at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gişede ödenecek.</translation>
    </message>
    <message>
        <source>Fee exemption claimed; please bring your proof to the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret muafiyeti talep edildi; lütfen belgenizi gişeye getirin.</translation>
    </message>
    <message>
        <source>card</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>kart</translation>
    </message>
    <message>
        <source>online payment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>çevrimiçi ödeme</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>banka havalesi</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>gişede</translation>
    </message>
    <message>
        <source>exemption</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>muafiyet</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>yok</translation>
    </message>
    <message>
        <source>What happens next: your application is sent to the citizens&apos; office. With the reference number above the office can tell you how far it is. Please keep this receipt.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sonraki adımlar: Başvurunuz vatandaşlık bürosuna iletilir. Yukarıdaki işlem numarasıyla büro size başvurunuzun ne durumda olduğunu söyleyebilir. Lütfen bu belgeyi saklayın.</translation>
    </message>
    <message>
        <source>Please transfer the fee within 14 days, with the payment reference above.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen ücreti 14 gün içinde, yukarıdaki ödeme referansıyla (Kassenzeichen) havale edin.</translation>
    </message>
    <message>
        <source>Card payment receipt (customer copy):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kartla ödeme fişi (müşteri nüshası):</translation>
    </message>
    <message>
        <source>Your receipt has been printed: please take it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Fişiniz yazdırıldı: lütfen alın.</translation>
    </message>
    <message>
        <source>The fee has been paid. Thank you.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret ödendi. Teşekkür ederiz.</translation>
    </message>
    <message>
        <source>Please transfer the fee with the payment reference {reference}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen ücreti {reference} ödeme referansıyla (Kassenzeichen) havale edin.</translation>
    </message>
    <message>
        <source>Please pay the fee at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen ücreti gişede ödeyin.</translation>
    </message>
    <message>
        <source>Fee exemption claimed: please bring your proof to the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret muafiyeti talep edildi: lütfen belgenizi gişeye getirin.</translation>
    </message>
</context>
<context>
    <name>ReceiptScreen</name>
    <message>
        <source>QR code of your reference number</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İşlem numaranızın QR kodu</translation>
    </message>
    <message>
        <source>Thank you! Your application has been received.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Teşekkürler! Başvurunuz alındı.</translation>
    </message>
    <message>
        <source>Your reference number (Vorgangsnummer):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İşlem numaranız (Vorgangsnummer):</translation>
    </message>
    <message>
        <source>Please note the number or photograph the QR code. With this number the citizens&apos; office can tell you how far your application is.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen numarayı not edin veya QR kodunun fotoğrafını çekin. Bu numarayla Bürgerbüro başvurunuzun ne durumda olduğunu size söyleyebilir.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>More time</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Daha fazla süre</translation>
    </message>
    <message>
        <source>Accepted by the citizens&apos; office.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vatandaş hizmetleri bürosu (Bürgerbüro) tarafından kabul edildi.</translation>
    </message>
    <message numerus="yes">
        <source>This screen closes in %n seconds.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>
            <numerusform>Bu ekran %n saniye içinde kapanır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to the citizens&apos; office.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Vatandaş hizmetleri bürosuna (Bürgerbüro) gönderildi.</translation>
    </message>
    <message>
        <source>Saved on this terminal. The office could not accept it automatically; the staff will take care of it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminalde kaydedildi. Büro başvuruyu otomatik olarak kabul edemedi; görevliler ilgilenecek.</translation>
    </message>
    <message>
        <source>Saved on this terminal. It will be sent automatically as soon as the network is available.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminalde kaydedildi. Ağ bağlantısı olur olmaz otomatik olarak gönderilecek.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Please check your details</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bilgilerinizi kontrol edin</translation>
    </message>
    <message>
        <source>If something is wrong, tap &apos;Change&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yanlış bir şey varsa &apos;Değiştir&apos; düğmesine dokunun.</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Değiştir</translation>
    </message>
    <message>
        <source>Change: {section}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Değiştir: {section}</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret: {amount}</translation>
    </message>
    <message>
        <source>Exemption or reduction possible for: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Muafiyet veya indirim mümkün: {list}</translation>
    </message>
    <message>
        <source>Continue to signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmzaya geç</translation>
    </message>
</context>
<context>
    <name>SectionScreen</name>
    <message>
        <source>Next</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İleri</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>What would you like to apply for?</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ne için başvurmak istiyorsunuz?</translation>
    </message>
    <message>
        <source>Tap a service. Services marked &apos;at the counter&apos; are not yet offered on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bir hizmete dokunun. &apos;Gişede&apos; olarak işaretlenen hizmetler bu terminalde henüz sunulmuyor.</translation>
    </message>
    <message>
        <source>For every service you need your ID card, passport or residence permit.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Her hizmet için kimlik kartınıza, pasaportunuza veya oturma izninize ihtiyacınız var.</translation>
    </message>
    <message>
        <source>{service} — at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{service} — gişede</translation>
    </message>
    <message>
        <source>Fee: {amount}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücret: {amount}</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ücretsiz</translation>
    </message>
    <message>
        <source>You also need: {list}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ayrıca gerekenler: {list}</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>Please sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen kutunun içine parmağınızla veya kalemle imza atın.</translation>
    </message>
    <message>
        <source>The signature is too small. Please sign across the box as you would on paper.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmza çok küçük. Lütfen kâğıtta yaptığınız gibi kutunun boyunca imza atın.</translation>
    </message>
    <message>
        <source>A straight line is not a signature. Please sign with your name as you would on paper.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Düz bir çizgi imza değildir. Lütfen kâğıtta yaptığınız gibi adınızla imza atın.</translation>
    </message>
    <message>
        <source>Handwritten signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>El yazısıyla imza</translation>
    </message>
    <message>
        <source>{path} holds no office CA (ca.crt). Create one with &apos;buergerbuero signature ca create {path}&apos; or import the city&apos;s CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} kurumun CA&apos;sını (ca.crt) içermiyor. &apos;buergerbuero signature ca create {path}&apos; ile bir CA oluşturun veya şehrin CA&apos;sını içe aktarın.</translation>
    </message>
    <message>
        <source>The office CA in {path} was imported without its key: the city&apos;s CA signs the device requests. Send it {csr}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içindeki kurum CA&apos;sı anahtarı olmadan içe aktarılmış: cihaz taleplerini şehrin CA&apos;sı imzalar. {csr} dosyasını ona gönderin.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate request ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} okunabilir bir sertifika talebi değil ({error}).</translation>
    </message>
    <message>
        <source>This key already has a certificate (serial {serial}, {device}). Every device needs its own key: run &apos;signature enroll request&apos; on the new device.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu anahtarın zaten bir sertifikası var (seri no. {serial}, {device}). Her cihazın kendi anahtarı olmalıdır: yeni cihazda &apos;signature enroll request&apos; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>No certificate with serial {serial} was issued by this CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu CA, seri numarası {serial} olan bir sertifika düzenlemedi.</translation>
    </message>
    <message>
        <source>{path} is not a readable certificate ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} okunabilir bir sertifika değil ({error}).</translation>
    </message>
    <message>
        <source>The certificate {path} was not issued for this device&apos;s key. Install the certificate the CA issued for this device&apos;s request.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sertifika {path} bu cihazın anahtarı için düzenlenmemiş. CA&apos;nın bu cihazın talebi için düzenlediği sertifikayı kurun.</translation>
    </message>
    <message>
        <source>The certificate {path} is not a device certificate of the office ({why}). Ask the technician to issue one with the office CA.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sertifika {path} kurumun bir cihaz sertifikası değil ({why}). Teknisyenden kurumun CA&apos;sıyla bir sertifika düzenlemesini isteyin.</translation>
    </message>
    <message>
        <source>This device has no signing key yet. Run &apos;buergerbuero signature enroll request&apos; first.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu cihazın henüz imza anahtarı yok. Önce &apos;buergerbuero signature enroll request&apos; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>The role must be one of: {roles}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Rol şunlardan biri olmalıdır: {roles}.</translation>
    </message>
    <message>
        <source>Pages were added or removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza atıldıktan sonra sayfalar eklendi veya kaldırıldı.</translation>
    </message>
    <message>
        <source>The page was changed after the signature in &apos;{field}&apos; was made: page {page} content.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza atıldıktan sonra sayfa değiştirildi: {page}. sayfanın içeriği.</translation>
    </message>
    <message>
        <source>Something that shows on page {page} (an annotation) was added or changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza atıldıktan sonra {page}. sayfada görünen bir şey (bir açıklama notu) eklendi veya değiştirildi.</translation>
    </message>
    <message>
        <source>A field the document did not plan was added after the signature in &apos;{field}&apos; was made: &apos;{name}&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza atıldıktan sonra belgede öngörülmeyen bir alan eklendi: &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{name}&apos; alanı, &apos;{field}&apos; alanındaki imza atıldıktan sonra kaldırıldı.</translation>
    </message>
    <message>
        <source>Field &apos;{name}&apos; was filled in or changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{name}&apos; alanı, &apos;{field}&apos; alanındaki imza atıldıktan sonra dolduruldu veya değiştirildi.</translation>
    </message>
    <message>
        <source>Signature &apos;{name}&apos; was removed or replaced after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{name}&apos; imzası, &apos;{field}&apos; alanındaki imza atıldıktan sonra kaldırıldı veya değiştirildi.</translation>
    </message>
    <message>
        <source>An embedded file was added, replaced or removed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza atıldıktan sonra gömülü bir dosya eklendi, değiştirildi veya kaldırıldı.</translation>
    </message>
    <message>
        <source>The document&apos;s structure ({part}) was changed after the signature in &apos;{field}&apos; was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza atıldıktan sonra belgenin yapısı ({part}) değiştirildi.</translation>
    </message>
    <message>
        <source>The document cannot be compared with what the signature in &apos;{field}&apos; covers ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge, &apos;{field}&apos; alanındaki imzanın kapsadığı içerikle karşılaştırılamıyor ({error}).</translation>
    </message>
    <message>
        <source>The signing token ({token} in {module}) cannot be used ({error}). Ask the technician to check the token, its PIN file and the settings &apos;signing_pkcs11_*&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmza belirteci ({token}, {module} içinde) kullanılamıyor ({error}). Teknisyenden belirteci, PIN dosyasını ve &apos;signing_pkcs11_*&apos; ayarlarını kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <source>No trust anchor was given: without the office&apos;s CA certificate (--trust DIR or the setting &apos;trust_dir&apos;) no signature can be called trusted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Güven çıpası belirtilmedi: kurumun CA sertifikası olmadan (--trust DİZİN veya &apos;trust_dir&apos; ayarı) hiçbir imza güvenilir sayılamaz.</translation>
    </message>
    <message>
        <source>The file is not a readable PDF ({error}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Dosya okunabilir bir PDF değil ({error}).</translation>
    </message>
    <message>
        <source>The PDF carries no signature.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>PDF&apos;te imza yok.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was removed after it was made.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza, atıldıktan sonra kaldırıldı.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is malformed and cannot be checked: {error}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza hatalı biçimde ve kontrol edilemiyor: {error}.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; no longer matches the document: the signed bytes were changed after signing.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza artık belgeyle eşleşmiyor: imzalanan baytlar imzadan sonra değiştirildi.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not a valid signature of its certificate&apos;s key.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza, sertifikasının anahtarına ait geçerli bir imza değil.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; leaves part of its revision unsigned (its /ByteRange does not cover the file).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza, sürümünün bir kısmını imzasız bırakıyor (/ByteRange dosyanın tamamını kapsamıyor).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a key the office does not know ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza, kurumun tanımadığı bir anahtarla atılmış ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made by a device whose certificate the office revoked ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza, sertifikası kurum tarafından iptal edilmiş bir cihazla atılmış ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is expired or not yet valid ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza, süresi dolmuş veya henüz geçerli olmayan bir sertifikayla atılmış ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; cannot be checked for revocation: the office&apos;s revocation list (CRL) is missing from the trust store or out of date ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imzanın iptal durumu kontrol edilemiyor: kurumun iptal listesi (CRL) güven deposunda yok veya güncel değil ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; was made with a certificate that is no device certificate of the office: {why} ({signer}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza, kurumun cihaz sertifikası olmayan bir sertifikayla atılmış: {why} ({signer}).</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; is not trusted ({why}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imza güvenilir değil ({why}).</translation>
    </message>
    <message>
        <source>The timestamp of the signature in &apos;{field}&apos; cannot be trusted ({why}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imzanın zaman damgasına güvenilemiyor ({why}).</translation>
    </message>
    <message>
        <source>The document was changed after the signature in &apos;{field}&apos; in a way its lock does not allow ({level}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge, &apos;{field}&apos; alanındaki imzadan sonra, imzanın kilidinin izin vermediği bir şekilde değiştirildi ({level}).</translation>
    </message>
    <message>
        <source>The first signature (&apos;{field}&apos;) sets no lock (DocMDP or FieldMDP): later changes to the document would not be restricted.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İlk imza (&apos;{field}&apos;) kilit koymuyor (DocMDP veya FieldMDP): belgede sonradan yapılacak değişiklikler kısıtlanmaz.</translation>
    </message>
    <message>
        <source>The signature in &apos;{field}&apos; has no biometric container.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanındaki imzanın biyometrik kapsayıcısı yok.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; was changed after signing.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanının biyometrik kapsayıcısı imzadan sonra değiştirildi.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; is damaged.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanının biyometrik kapsayıcısı hasarlı.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to field &apos;{other}&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanının biyometrik kapsayıcısı &apos;{other}&apos; alanına ait.</translation>
    </message>
    <message>
        <source>The biometric container of &apos;{field}&apos; belongs to a different document.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>&apos;{field}&apos; alanının biyometrik kapsayıcısı başka bir belgeye ait.</translation>
    </message>
    <message>
        <source>Refused: the document is not intact or not trusted, so its pen data is not evidence: {reasons}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Reddedildi: belge bütünlüğünü korumuyor veya güvenilir değil, bu nedenle kalem verileri kanıt sayılmaz: {reasons}</translation>
    </message>
    <message>
        <source>Handwritten signature at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gişede el yazısıyla imza</translation>
    </message>
</context>
<context>
    <name>SignatureScreen</name>
    <message>
        <source>Please sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen imzalayın</translation>
    </message>
    <message>
        <source>I confirm that my details are correct and complete. Sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bilgilerimin doğru ve eksiksiz olduğunu onaylıyorum. Kutunun içine parmağınızla veya kalemle imza atın.</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sil ve yeniden imzala</translation>
    </message>
    <message>
        <source>Submit application</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başvuruyu gönder</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Voice output cannot be played: no audio player (aplay) is installed on this terminal.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sesli çıktı çalınamıyor: bu terminalde ses oynatıcı (aplay) kurulu değil.</translation>
    </message>
    <message>
        <source>Voice output cannot be played: the terminal&apos;s sound output is not working. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sesli çıktı çalınamıyor: terminalin ses çıkışı çalışmıyor. Lütfen görevlilerden yardım isteyin.</translation>
    </message>
    <message>
        <source>Voice output is not installed on this terminal (espeak-ng is missing).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminalde sesli çıktı kurulu değil (espeak-ng eksik).</translation>
    </message>
    <message>
        <source>Voice output is not available in this language.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu dilde sesli çıktı mevcut değil.</translation>
    </message>
    <message>
        <source>Your entry</source>
        <extracomment>Said instead of a private value when no headset is plugged in.</extracomment>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Girişiniz</translation>
    </message>
    <message>
        <source>Voice output failed. Please ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sesli çıktı başarısız oldu. Lütfen görevlilerden yardım isteyin.</translation>
    </message>
    <message>
        <source>selected</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>seçili</translation>
    </message>
    <message>
        <source>not selected</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>seçili değil</translation>
    </message>
    <message>
        <source>Choices: {options}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Seçenekler: {options}.</translation>
    </message>
    <message>
        <source>Your details are read aloud only through a headset. Connect a headset to hear them.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bilgileriniz yalnızca kulaklıkla sesli okunur. Duymak için bir kulaklık takın.</translation>
    </message>
    <message>
        <source>Voice output is on.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sesli çıktı açık.</translation>
    </message>
    <message>
        <source>Headset connected. Voice output is on, and your details are read aloud too.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kulaklık takıldı. Sesli çıktı açık ve bilgileriniz de sesli okunuyor.</translation>
    </message>
    <message>
        <source>Headset removed. Your details are no longer read aloud.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kulaklık çıkarıldı. Bilgileriniz artık sesli okunmuyor.</translation>
    </message>
    <message>
        <source>Volume {level} of {max}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ses düzeyi {level}/{max}</translation>
    </message>
</context>
<context>
    <name>SpeechControls</name>
    <message>
        <source>Repeat</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tekrarla</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Okumayı durdur</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sesi azalt</translation>
    </message>
    <message>
        <source>Louder</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sesi artır</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sesi kapat</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <source>Reading the outbox…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Giden kutusu okunuyor…</translation>
    </message>
    <message>
        <source>Waiting: {queued} · Sending: {sending} · Sent: {sent} · Failed: {failed} · Oldest waiting: {minutes} min</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bekleyen: {queued} · Gönderiliyor: {sending} · Gönderildi: {sent} · Başarısız: {failed} · En eski bekleyen: {minutes} dk</translation>
    </message>
    <message>
        <source>Staff: applications on this terminal</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Görevliler: bu terminaldeki başvurular</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başarısızları yeniden gönder</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Kiosktan çık</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Personel PIN&apos;i</translation>
    </message>
    <message>
        <source>Technicians: the staff PIN ends the kiosk.</source>
        <translation>Teknisyenler: personel PIN&apos;i kioskı kapatır.</translation>
    </message>
    <message>
        <source>The kiosk can be left only with a staff PIN in the site configuration (staff_pin).</source>
        <translation>Kiosktan yalnızca site yapılandırmasındaki bir personel PIN&apos;i (staff_pin) ile çıkılabilir.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Yanlış PIN.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a few minutes and try again.</source>
        <translation>Çok fazla yanlış PIN girildi. Lütfen birkaç dakika bekleyip tekrar deneyin.</translation>
    </message>
    <message>
        <source>The outbox cannot be read: {error}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Giden kutusu okunamıyor: {error}</translation>
    </message>
    <message>
        <source>Failed applications (kept on this terminal):</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başarısız başvurular (bu terminalde saklanıyor):</translation>
    </message>
    <message>
        <source>No failed applications.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başarısız başvuru yok.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>The statistics file {path} cannot be read.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} istatistik dosyası okunamıyor.</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>Terminal figures</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Cihaz göstergeleri</translation>
    </message>
    <message>
        <source>Sessions from {first} to {last}, terminal {terminal}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{first} – {last} arası oturumlar, cihaz {terminal}</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu dönemde oturum yok.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tamamlanan</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yarıda bırakılan</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tamamlanma oranı</translation>
    </message>
    <message>
        <source>Satisfaction (mean of {count} answers, 1 to 5)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Memnuniyet ({count} yanıtın ortalaması, 1–5)</translation>
    </message>
    <message>
        <source>Median minutes of a completed session</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tamamlanan bir oturumun medyan süresi (dakika)</translation>
    </message>
    <message>
        <source>Median seconds until the office confirmed</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kurumun onayına kadar medyan süre (saniye)</translation>
    </message>
    <message>
        <source>Where abandoned sessions stopped</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Yarıda bırakılan oturumların durduğu adım</translation>
    </message>
    <message>
        <source>Seconds per step: {service}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Adım başına saniye: {service}</translation>
    </message>
    <message>
        <source>Median</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Medyan</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>90. yüzdelik</translation>
    </message>
    <message>
        <source>Satisfaction: answers per face</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Memnuniyet: yüz başına yanıtlar</translation>
    </message>
    <message>
        <source>Identification methods (completed sessions)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kimlik doğrulama yöntemleri (tamamlanan oturumlar)</translation>
    </message>
    <message>
        <source>Payment methods (completed sessions)</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Ödeme yöntemleri (tamamlanan oturumlar)</translation>
    </message>
    <message>
        <source>Languages</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Diller</translation>
    </message>
    <message>
        <source>No personal data: no names, answers or reference numbers, times only to the hour.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Kişisel veri yok: ad, yanıt veya başvuru numarası yok; zamanlar yalnızca saat olarak.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The terminal&apos;s signing key cannot be read ({error}). Ask the technician to check the disk and the settings &apos;signing_key&apos; and &apos;signing_cert&apos;.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Terminalin imza anahtarı okunamıyor ({error}). Teknisyenden diski ve &apos;signing_key&apos; ile &apos;signing_cert&apos; ayarlarını kontrol etmesini isteyin.</translation>
    </message>
    <message>
        <source>The application could not be saved on this terminal. Please try again; if it happens again, ask the staff for help.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Başvuru bu terminale kaydedilemedi. Lütfen tekrar deneyin; tekrar olursa görevlilerden yardım isteyin.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>There is no outbox in {path}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{path} içinde giden kutusu yok.</translation>
    </message>
    <message>
        <source>The storage key of this terminal cannot be used. Applications cannot be saved or sent until a technician has checked the terminal. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminalin depolama anahtarı kullanılamıyor. Bir teknisyen terminali kontrol edene kadar başvurular kaydedilemez veya gönderilemez. Lütfen gişedeki görevlilere başvurun.</translation>
    </message>
    <message>
        <source>A saved application on this terminal cannot be read (it is damaged or was saved with another key). Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminalde kayıtlı bir başvuru okunamıyor (hasarlı veya başka bir anahtarla kaydedilmiş). Lütfen gişedeki görevlilere başvurun.</translation>
    </message>
    <message>
        <source>This application could not be saved on the terminal. Nothing you saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu başvuru terminale kaydedilemedi. Daha önce kaydettikleriniz kaybolmadı. Lütfen gişedeki görevlilere başvurun.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be opened. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminaldeki başvuru deposu açılamıyor. Daha önce kaydedilenler kaybolmadı. Lütfen gişedeki görevlilere başvurun.</translation>
    </message>
    <message>
        <source>The storage for applications on this terminal cannot be used at the moment. Nothing saved before is lost. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu terminaldeki başvuru deposu şu anda kullanılamıyor. Daha önce kaydedilenler kaybolmadı. Lütfen gişedeki görevlilere başvurun.</translation>
    </message>
    <message>
        <source>This terminal is not allowed to send to the central case system at the moment (its access was refused). The application is kept safely on this terminal. Please ask a technician.</source>
        <translation>Bu terminalin şu anda merkezi işlem sistemine gönderim yapmasına izin verilmiyor (erişim reddedildi). Başvuru bu terminalde güvenle saklanıyor. Lütfen bir teknisyene başvurun.</translation>
    </message>
    <message>
        <source>The central case system cannot be reached at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Merkezi işlem sistemine şu anda ulaşılamıyor. Başvuru bu terminalde güvenle saklanıyor ve otomatik olarak gönderilecek.</translation>
    </message>
    <message>
        <source>The central case system is busy at the moment. The application is kept safely on this terminal and will be sent automatically.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Merkezi işlem sistemi şu anda meşgul. Başvuru bu terminalde güvenle saklanıyor ve otomatik olarak gönderilecek.</translation>
    </message>
    <message>
        <source>The connection to the central case system is not trusted (its certificate could not be verified). Nothing is sent. The application is kept safely on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Merkezi işlem sistemiyle bağlantı güvenilir değil (sertifikası doğrulanamadı). Hiçbir şey gönderilmiyor. Başvuru bu terminalde güvenle saklanıyor. Lütfen bir teknisyene başvurun.</translation>
    </message>
    <message>
        <source>The central case system did not accept the application (error {status}). The application is kept on this terminal. Please ask the staff at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Merkezi işlem sistemi başvuruyu kabul etmedi (hata {status}). Başvuru bu terminalde saklanıyor. Lütfen gişedeki görevlilere başvurun.</translation>
    </message>
    <message>
        <source>The encryption key of the central case system was refused: it does not meet the security requirements. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Merkezi işlem sisteminin şifreleme anahtarı reddedildi: güvenlik gereksinimlerini karşılamıyor. Hiçbir şey gönderilmedi; başvuru bu terminalde saklanıyor. Lütfen bir teknisyene başvurun.</translation>
    </message>
    <message>
        <source>The answer of the central case system could not be verified. The application is kept safely on this terminal and will be checked again automatically.</source>
        <translation>Merkezi işlem sisteminin yanıtı doğrulanamadı. Başvuru bu terminalde güvenle saklanıyor ve otomatik olarak yeniden kontrol edilecek.</translation>
    </message>
    <message>
        <source>This application cannot be sent to the case system in its present form. It is kept on this terminal. Please ask the staff at the counter.</source>
        <translation>Bu başvuru mevcut haliyle işlem sistemine gönderilemiyor. Başvuru bu terminalde saklanıyor. Lütfen gişedeki görevlilere başvurun.</translation>
    </message>
    <message>
        <source>The central case system&apos;s destination does not take this kind of application. Nothing was sent; the application is kept on this terminal. Please ask a technician.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Merkezi işlem sisteminin teslim noktası bu tür başvuruları kabul etmiyor. Hiçbir şey gönderilmedi; başvuru bu terminalde saklanıyor. Lütfen bir teknisyene başvurun.</translation>
    </message>
</context>
<context>
    <name>Tablet</name>
    <message>
        <source>The tablet cannot listen on {host}, port {port} ({error}). Another program may use the port: stop it, or choose another port with --port.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Tablet {host} üzerinde {port} portunu dinleyemiyor ({error}). Portu başka bir program kullanıyor olabilir: onu durdurun ya da --port ile başka bir port seçin.</translation>
    </message>
    <message>
        <source>The TLS certificate {cert} or its key {key} cannot be used ({error}). Give the PEM files with --tls-cert and --tls-key (the key matching the certificate).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>TLS sertifikası {cert} veya anahtarı {key} kullanılamıyor ({error}). PEM dosyalarını --tls-cert ve --tls-key ile verin (sertifikaya uyan anahtarı).</translation>
    </message>
</context>
<context>
    <name>TabletWindow</name>
    <message>
        <source>Signing at the counter</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Gişede imza</translation>
    </message>
    <message>
        <source>The clerk sends the document here. You can read it first and then sign it with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Görevli belgeyi buraya gönderir. Önce okuyabilir, ardından parmağınızla veya kalemle imzalayabilirsiniz.</translation>
    </message>
    <message>
        <source>Please sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen imzalayın</translation>
    </message>
    <message>
        <source>Read the document. Then sign in the box with your finger or the pen.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belgeyi okuyun. Ardından kutunun içine parmağınızla veya kalemle imza atın.</translation>
    </message>
    <message>
        <source>Signature box</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmza kutusu</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmzalamıyorum</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sil ve yeniden imzala</translation>
    </message>
    <message>
        <source>Confirm signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmzayı onayla</translation>
    </message>
    <message>
        <source>Document to sign</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmzalanacak belge</translation>
    </message>
    <message>
        <source>Thank you. The signed document is being prepared…</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Teşekkürler. İmzalı belge hazırlanıyor…</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmzanız</translation>
    </message>
    <message>
        <source>Signature {n} of {total}: {field}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İmza {n}/{total}: {field}</translation>
    </message>
    <message>
        <source>This signature goes on page {page} of the document.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu imza belgenin {page}. sayfasına atılır.</translation>
    </message>
    <message>
        <source>Thank you. Your signature is with the clerk now.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Teşekkürler. İmzanız artık görevlide.</translation>
    </message>
    <message>
        <source>The document was not signed. The clerk has been told.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge imzalanmadı. Görevliye bilgi verildi.</translation>
    </message>
    <message>
        <source>The clerk has taken the document back.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Görevli belgeyi geri aldı.</translation>
    </message>
    <message>
        <source>The document could not be signed. Please tell the clerk.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Belge imzalanamadı. Lütfen görevliye söyleyin.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Please take the document from the scanner, or choose to hand it in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen belgeyi tarayıcıdan alın veya gişeye teslim etmeyi seçin.</translation>
    </message>
    <message>
        <source>This kind of file cannot be used here. Please scan the document again as one of: {kinds}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu dosya türü burada kullanılamaz. Lütfen belgeyi şu biçimlerden birinde yeniden tarayın: {kinds}.</translation>
    </message>
    <message>
        <source>This file is too large ({size}; at most {max}). Please scan it with a lower resolution, or hand the document in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu dosya çok büyük ({size}; en fazla {max}). Lütfen daha düşük çözünürlükle tarayın veya belgeyi gişeye teslim edin.</translation>
    </message>
    <message>
        <source>This file cannot be read; it may be damaged or incomplete. Please scan the document again.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu dosya okunamıyor; hasarlı veya eksik olabilir. Lütfen belgeyi yeniden tarayın.</translation>
    </message>
    <message>
        <source>This image uses a colour format for printing (CMYK). Please scan the document again in colour or greyscale.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu resim baskı için bir renk biçimi (CMYK) kullanıyor. Lütfen belgeyi renkli veya gri tonlamalı olarak yeniden tarayın.</translation>
    </message>
    <message>
        <source>This image has too many pixels. Please scan it with a lower resolution; 300 dpi is enough.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu resimde çok fazla piksel var. Lütfen daha düşük çözünürlükle tarayın; 300 dpi yeterlidir.</translation>
    </message>
    <message>
        <source>Please use a photo in portrait format (taller than wide), as for a passport.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen pasaport için olduğu gibi dikey formatta (boyu eninden uzun) bir fotoğraf kullanın.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password. Please scan the paper document instead, or hand it in at the counter.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu PDF parola korumalı. Lütfen bunun yerine kâğıt belgeyi tarayın veya gişeye teslim edin.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bu alanı doldurun.</translation>
    </message>
    <message>
        <source>Please shorten this to at most {max} characters (now {count}).</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen metni en fazla {max} karaktere kısaltın (şu an {count}).</translation>
    </message>
    <message>
        <source>Please remove the special characters that cannot be printed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen yazdırılamayan özel karakterleri kaldırın.</translation>
    </message>
    <message>
        <source>Please use letters only; spaces, hyphens (-) and apostrophes (&apos;) are allowed.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen yalnızca harf kullanın; boşluk, kısa çizgi (-) ve kesme işareti (&apos;) kullanılabilir.</translation>
    </message>
    <message>
        <source>Please enter the date as DD.MM.YYYY, for example 24.03.1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen tarihi GG.AA.YYYY biçiminde girin, örneğin 24.03.1985.</translation>
    </message>
    <message>
        <source>Please write the year with four digits, for example 1985.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen yılı dört haneli yazın, örneğin 1985.</translation>
    </message>
    <message>
        <source>This date does not exist. Please check day and month.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu tarih mevcut değil. Lütfen günü ve ayı kontrol edin.</translation>
    </message>
    <message>
        <source>This date is in the future. Please enter a date in the past.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu tarih gelecekte. Lütfen geçmişteki bir tarih girin.</translation>
    </message>
    <message>
        <source>Please check the year: the date is more than {years} years ago.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen yılı kontrol edin: tarih {years} yıldan daha eski.</translation>
    </message>
    <message>
        <source>Please check the year: the date must be at least {years} years ago.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen yılı kontrol edin: tarih en az {years} yıl önce olmalıdır.</translation>
    </message>
    <message>
        <source>Please enter the 5-digit postal code, for example 55116.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen 5 haneli posta kodunu girin, örneğin 55116.</translation>
    </message>
    <message>
        <source>Please enter a whole number from {min} to {max}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen {min} ile {max} arasında bir tam sayı girin.</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bir tam sayı girin.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen seçeneklerden birini seçin.</translation>
    </message>
    <message>
        <source>Please enter a house number such as 12, 12a or 7-9.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen 12, 12a veya 7-9 gibi bir kapı numarası girin.</translation>
    </message>
    <message>
        <source>Please use Latin letters only, as in a German passport; some characters here cannot be recorded by the registry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen Alman pasaportundaki gibi yalnızca Latin harfleri kullanın; buradaki bazı karakterler nüfus kaydına işlenemez.</translation>
    </message>
    <message>
        <source>Please enter a number, for example 12 or 12,5.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bir sayı girin, örneğin 12 veya 12,5.</translation>
    </message>
    <message>
        <source>Please enter a number from {min} to {max}.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen {min} ile {max} arasında bir sayı girin.</translation>
    </message>
    <message>
        <source>Please enter an amount in euros, for example 12,50.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen avro cinsinden bir tutar girin, örneğin 12,50.</translation>
    </message>
    <message>
        <source>Please choose yes or no.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen evet veya hayır seçin.</translation>
    </message>
    <message>
        <source>Please choose at least {min} of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen seçeneklerden en az {min} tanesini seçin.</translation>
    </message>
    <message>
        <source>Please choose at most {max} of the options.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen seçeneklerden en fazla {max} tanesini seçin.</translation>
    </message>
    <message>
        <source>Please enter the IBAN as printed on your bank card, for example DE89 3704 0044 0532 0130 00.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen IBAN&apos;ı banka kartınızda yazdığı gibi girin, örneğin DE89 3704 0044 0532 0130 00.</translation>
    </message>
    <message>
        <source>This IBAN contains a typing error (its check digits do not match). Please compare it with your bank card.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Bu IBAN&apos;da yazım hatası var (kontrol haneleri uyuşmuyor). Lütfen banka kartınızla karşılaştırın.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address such as name@example.de.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen ad@example.de gibi bir e-posta adresi girin.</translation>
    </message>
    <message>
        <source>Please enter a phone number using digits, for example 06131 12345 or +49 6131 12345.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen rakamlarla bir telefon numarası girin, örneğin 06131 12345 veya +49 6131 12345.</translation>
    </message>
    <message>
        <source>Please check the format of this entry.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bu girişin biçimini kontrol edin.</translation>
    </message>
    <message>
        <source>Please enter a date at most {days} days from today.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen bugünden en fazla {days} gün sonrasına kadar bir tarih girin.</translation>
    </message>
    <message>
        <source>Please add at least {min} entries.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen en az {min} kayıt ekleyin.</translation>
    </message>
    <message>
        <source>Please add at most {max} entries.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen en fazla {max} kayıt ekleyin.</translation>
    </message>
    <message>
        <source>Entry {number} is incomplete or has a mistake. Please check it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>{number}. kayıt eksik veya hatalı. Lütfen kontrol edin.</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Welcome to the {office}</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Hoş geldiniz – {office}</translation>
    </message>
    <message>
        <source>Please choose your language</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Lütfen dilinizi seçin</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted until the office has it, then erased.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İşiniz bittiğinde bu cihazda size ait hiçbir şey görünmez. Başvurunuz, büro onu alana kadar burada şifreli saklanır, sonra silinir.</translation>
    </message>
    <message>
        <source>When you are done, nothing of yours is left to see on this terminal. Your application is kept here encrypted and erased {days} days after the office has it.</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>İşiniz bittiğinde bu cihazda size ait hiçbir şey görünmez. Başvurunuz burada şifreli saklanır ve büro onu aldıktan {days} gün sonra silinir.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Sesli oku</translation>
    </message>
    <message>
        <source>Check in for an appointment</source>
        <translatorcomment>machine translation: wants a native speaker&apos;s review</translatorcomment>
        <translation>Randevu için giriş</translation>
    </message>
</context>
</TS>
