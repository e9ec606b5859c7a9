#include <co.h>
void f0(void);
void f1(void);
void f2(void);
void f3(void);
void f4(void);
void f5(void);
void f6(void);
void f7(void);
void f8(void);
void f9(void);
void f10(void);
void f11(void);
void f12(void);
void f13(void);
void f14(void);
void f15(void);
void f16(void);
void f17(void);
void f18(void);
void f19(void);
void f20(void);
void f21(void);
void f22(void);
void f23(void);
void f24(void);
void f25(void);
void f26(void);
void f27(void);
void f28(void);
void f29(void);
void f30(void);
void f31(void);
void f32(void);
void f33(void);
void f34(void);
void f35(void);
void f36(void);
void f37(void);
void f38(void);
void f39(void);
void f40(void);
void f41(void);
void f42(void);
void f43(void);
void f44(void);
void f45(void);
void f46(void);
void f47(void);
void f48(void);
void f49(void);
void f50(void);
void f51(void);
void f52(void);
void f53(void);
void f54(void);
void f55(void);
void f56(void);
void f57(void);
void f58(void);
void f59(void);
void f60(void);
void f61(void);
void f62(void);
void f63(void);
void f64(void);
void f65(void);
void f66(void);
void f67(void);
void f68(void);
void f69(void);
void f70(void);
void f71(void);
void f72(void);
void f73(void);
void f74(void);
void f75(void);
void f76(void);
void f77(void);
void f78(void);
void f79(void);
void f80(void);
void f81(void);
void f82(void);
void f83(void);
void f84(void);
void f85(void);
void f86(void);
void f87(void);
void f88(void);
void f89(void);
void f90(void);
void f91(void);
void f92(void);
void f93(void);
void f94(void);
void f95(void);
void f96(void);
void f97(void);
void f98(void);
void f99(void);
void f100(void);
void f101(void);
void f102(void);
void f103(void);
void f104(void);
void f105(void);
void f106(void);
void f107(void);
void f108(void);
void f109(void);
void f110(void);
void f111(void);
void f112(void);
void f113(void);
void f114(void);
void f115(void);
void f116(void);
void f117(void);
void f118(void);
void f119(void);
void f120(void);
void f121(void);
void f122(void);
void f123(void);
void f124(void);
void f125(void);
void f126(void);
void f127(void);
void f128(void);
void f129(void);
void f130(void);
void f131(void);
void f132(void);
void f133(void);
void f134(void);
void f135(void);
void f136(void);
void f137(void);
void f138(void);
void f139(void);
void f140(void);
void f141(void);
void f142(void);
void f143(void);
void f144(void);
void f145(void);
void f146(void);
void f147(void);
void f148(void);
void f149(void);
void f150(void);
void f151(void);
void f152(void);
void f153(void);
void f154(void);
void f155(void);
void f156(void);
void f157(void);
void f158(void);
void f159(void);
void f160(void);
void f161(void);
void f162(void);
void f163(void);
void f164(void);
void f165(void);
void f166(void);
void f167(void);
void f168(void);
void f169(void);
void f170(void);
void f171(void);
void f172(void);
void f173(void);
void f174(void);
void f175(void);
void f176(void);
void f177(void);
void f178(void);
void f179(void);
void f180(void);
void f181(void);
void f182(void);
void f183(void);
void f184(void);
void f185(void);
void f186(void);
void f187(void);
void f188(void);
void f189(void);
void f190(void);
void f191(void);
void f192(void);
void f193(void);
void f194(void);
void f195(void);
void f196(void);
void f197(void);
void f198(void);
void f199(void);
void f200(void);
void f201(void);
void f202(void);
void f203(void);
void f204(void);
void f205(void);
void f206(void);
void f207(void);
void f208(void);
void f209(void);
void f210(void);
void f211(void);
void f212(void);
void f213(void);
void f214(void);
void f215(void);
void f216(void);
void f217(void);
void f218(void);
void f219(void);
void f220(void);
void f221(void);
void f222(void);
void f223(void);
void f224(void);
void f225(void);
void f226(void);
void f227(void);
void f228(void);
void f229(void);
void f230(void);
void f231(void);
void f232(void);
void f233(void);
void f234(void);
void f235(void);
void f236(void);
void f237(void);
void f238(void);
void f239(void);
void f240(void);
void f241(void);
void f242(void);
void f243(void);
void f244(void);
void f245(void);
void f246(void);
void f247(void);
void f248(void);
void f249(void);
void f250(void);
void f251(void);
void f252(void);
void f253(void);
void f254(void);
void f255(void);
void f256(void);
void f257(void);
void f258(void);
void f259(void);
void f260(void);
void f261(void);
void f262(void);
void f263(void);
void f264(void);
void f265(void);
void f266(void);
void f267(void);
void f268(void);
void f269(void);
void f270(void);
void f271(void);
void f272(void);
void f273(void);
void f274(void);
void f275(void);
void f276(void);
void f277(void);
void f278(void);
void f279(void);
void f280(void);
void f281(void);
void f282(void);
void f283(void);
void f284(void);
void f285(void);
void f286(void);
void f287(void);
void f288(void);
void f289(void);
void f290(void);
void f291(void);
void f292(void);
void f293(void);
void f294(void);
void f295(void);
void f296(void);
void f297(void);
void f298(void);
void f299(void);
void f300(void);
void f301(void);
void f302(void);
void f303(void);
void f304(void);
void f305(void);
void f306(void);
void f307(void);
void f308(void);
void f309(void);
void f310(void);
void f311(void);
void f312(void);
void f313(void);
void f314(void);
void f315(void);
void f316(void);
void f317(void);
void f318(void);
void f319(void);
void f320(void);
void f321(void);
void f322(void);
void f323(void);
void f324(void);
void f325(void);
void f326(void);
void f327(void);
void f328(void);
void f329(void);
void f330(void);
void f331(void);
void f332(void);
void f333(void);
void f334(void);
void f335(void);
void f336(void);
void f337(void);
void f338(void);
void f339(void);
void f340(void);
void f341(void);
void f342(void);
void f343(void);
void f344(void);
void f345(void);
void f346(void);
void f347(void);
void f348(void);
void f349(void);
void f350(void);
void f351(void);
void f352(void);
void f353(void);
void f354(void);
void f355(void);
void f356(void);
void f357(void);
void f358(void);
void f359(void);
void f360(void);
void f361(void);
void f362(void);
void f363(void);
void f364(void);
void f365(void);
void f366(void);
void f367(void);
void f368(void);
void f369(void);
void f370(void);
void f371(void);
void f372(void);
void f373(void);
void f374(void);
void f375(void);
void f376(void);
void f377(void);
void f378(void);
void f379(void);
void f380(void);
void f381(void);
void f382(void);
void f383(void);
void f384(void);
void f385(void);
void f386(void);
void f387(void);
void f388(void);
void f389(void);
void f390(void);
void f391(void);
void f392(void);
void f393(void);
void f394(void);
void f395(void);
void f396(void);
void f397(void);
void f398(void);
void f399(void);
void f400(void);
void f401(void);
void f402(void);
void f403(void);
void f404(void);
void f405(void);
void f406(void);
void f407(void);
void f408(void);
void f409(void);
void f410(void);
void f411(void);
void f412(void);
void f413(void);
void f414(void);
void f415(void);
void f416(void);
void f417(void);
void f418(void);
void f419(void);
void f420(void);
void f421(void);
void f422(void);
void f423(void);
void f424(void);
void f425(void);
void f426(void);
void f427(void);
void f428(void);
void f429(void);
void f430(void);
void f431(void);
void f432(void);
void f433(void);
void f434(void);
void f435(void);
void f436(void);
void f437(void);
void f438(void);
void f439(void);
void f440(void);
void f441(void);
void f442(void);
void f443(void);
void f444(void);
void f445(void);
void f446(void);
void f447(void);
void f448(void);
void f449(void);
void f450(void);
void f451(void);
void f452(void);
void f453(void);
void f454(void);
void f455(void);
void f456(void);
void f457(void);
void f458(void);
void f459(void);
void f460(void);
void f461(void);
void f462(void);
void f463(void);
void f464(void);
void f465(void);
void f466(void);
void f467(void);
void f468(void);
void f469(void);
void f470(void);
void f471(void);
void f472(void);
void f473(void);
void f474(void);
void f475(void);
void f476(void);
void f477(void);
void f478(void);
void f479(void);
void f480(void);
void f481(void);
void f482(void);
void f483(void);
void f484(void);
void f485(void);
void f486(void);
void f487(void);
void f488(void);
void f489(void);
void f490(void);
void f491(void);
void f492(void);
void f493(void);
void f494(void);
void f495(void);
void f496(void);
void f497(void);
void f498(void);
void f499(void);
void f500(void);
void f501(void);
void f502(void);
void f503(void);
void f504(void);
void f505(void);
void f506(void);
void f507(void);
void f508(void);
void f509(void);
void f510(void);
void f511(void);
void f512(void);
void f513(void);
void f514(void);
void f515(void);
void f516(void);
void f517(void);
void f518(void);
void f519(void);
void f520(void);
void f521(void);
void f522(void);
void f523(void);
void f524(void);
void f525(void);
void f526(void);
void f527(void);
void f528(void);
void f529(void);
void f530(void);
void f531(void);
void f532(void);
void f533(void);
void f534(void);
void f535(void);
void f536(void);
void f537(void);
void f538(void);
void f539(void);
void f540(void);
void f541(void);
void f542(void);
void f543(void);
void f544(void);
void f545(void);
void f546(void);
void f547(void);
void f548(void);
void f549(void);
void f550(void);
void f551(void);
void f552(void);
void f553(void);
void f554(void);
void f555(void);
void f556(void);
void f557(void);
void f558(void);
void f559(void);
void f560(void);
void f561(void);
void f562(void);
void f563(void);
void f564(void);
void f565(void);
void f566(void);
void f567(void);
void f568(void);
void f569(void);
void f570(void);
void f571(void);
void f572(void);
void f573(void);
void f574(void);
void f575(void);
void f576(void);
void f577(void);
void f578(void);
void f579(void);
void f580(void);
void f581(void);
void f582(void);
void f583(void);
void f584(void);
void f585(void);
void f586(void);
void f587(void);
void f588(void);
void f589(void);
void f590(void);
void f591(void);
void f592(void);
void f593(void);
void f594(void);
void f595(void);
void f596(void);
void f597(void);
void f598(void);
void f599(void);
void f600(void);
void f601(void);
void f602(void);
void f603(void);
void f604(void);
void f605(void);
void f606(void);
void f607(void);
void f608(void);
void f609(void);
void f610(void);
void f611(void);
void f612(void);
void f613(void);
void f614(void);
void f615(void);
void f616(void);
void f617(void);
void f618(void);
void f619(void);
void f620(void);
void f621(void);
void f622(void);
void f623(void);
void f624(void);
void f625(void);
void f626(void);
void f627(void);
void f628(void);
void f629(void);
void f630(void);
void f631(void);
void f632(void);
void f633(void);
void f634(void);
void f635(void);
void f636(void);
void f637(void);
void f638(void);
void f639(void);
void f640(void);
void f641(void);
void f642(void);
void f643(void);
void f644(void);
void f645(void);
void f646(void);
void f647(void);
void f648(void);
void f649(void);
void f650(void);
void f651(void);
void f652(void);
void f653(void);
void f654(void);
void f655(void);
void f656(void);
void f657(void);
void f658(void);
void f659(void);
void f660(void);
void f661(void);
void f662(void);
void f663(void);
void f664(void);
void f665(void);
void f666(void);
void f667(void);
void f668(void);
void f669(void);
void f670(void);
void f671(void);
void f672(void);
void f673(void);
void f674(void);
void f675(void);
void f676(void);
void f677(void);
void f678(void);
void f679(void);
void f680(void);
void f681(void);
void f682(void);
void f683(void);
void f684(void);
void f685(void);
void f686(void);
void f687(void);
void f688(void);
void f689(void);
void f690(void);
void f691(void);
void f692(void);
void f693(void);
void f694(void);
void f695(void);
void f696(void);
void f697(void);
void f698(void);
void f699(void);
void f700(void);
void f701(void);
void f702(void);
void f703(void);
void f704(void);
void f705(void);
void f706(void);
void f707(void);
void f708(void);
void f709(void);
void f710(void);
void f711(void);
void f712(void);
void f713(void);
void f714(void);
void f715(void);
void f716(void);
void f717(void);
void f718(void);
void f719(void);
void f720(void);
void f721(void);
void f722(void);
void f723(void);
void f724(void);
void f725(void);
void f726(void);
void f727(void);
void f728(void);
void f729(void);
void f730(void);
void f731(void);
void f732(void);
void f733(void);
void f734(void);
void f735(void);
void f736(void);
void f737(void);
void f738(void);
void f739(void);
void f740(void);
void f741(void);
void f742(void);
void f743(void);
void f744(void);
void f745(void);
void f746(void);
void f747(void);
void f748(void);
void f749(void);
void f750(void);
void f751(void);
void f752(void);
void f753(void);
void f754(void);
void f755(void);
void f756(void);
void f757(void);
void f758(void);
void f759(void);
void f760(void);
void f761(void);
void f762(void);
void f763(void);
void f764(void);
void f765(void);
void f766(void);
void f767(void);
void f768(void);
void f769(void);
void f770(void);
void f771(void);
void f772(void);
void f773(void);
void f774(void);
void f775(void);
void f776(void);
void f777(void);
void f778(void);
void f779(void);
void f780(void);
void f781(void);
void f782(void);
void f783(void);
void f784(void);
void f785(void);
void f786(void);
void f787(void);
void f788(void);
void f789(void);
void f790(void);
void f791(void);
void f792(void);
void f793(void);
void f794(void);
void f795(void);
void f796(void);
void f797(void);
void f798(void);
void f799(void);
void f800(void);
void f801(void);
void f802(void);
void f803(void);
void f804(void);
void f805(void);
void f806(void);
void f807(void);
void f808(void);
void f809(void);
void f810(void);
void f811(void);
void f812(void);
void f813(void);
void f814(void);
void f815(void);
void f816(void);
void f817(void);
void f818(void);
void f819(void);
void f820(void);
void f821(void);
void f822(void);
void f823(void);
void f824(void);
void f825(void);
void f826(void);
void f827(void);
void f828(void);
void f829(void);
void f830(void);
void f831(void);
void f832(void);
void f833(void);
void f834(void);
void f835(void);
void f836(void);
void f837(void);
void f838(void);
void f839(void);
void f840(void);
void f841(void);
void f842(void);
void f843(void);
void f844(void);
void f845(void);
void f846(void);
void f847(void);
void f848(void);
void f849(void);
void f850(void);
void f851(void);
void f852(void);
void f853(void);
void f854(void);
void f855(void);
void f856(void);
void f857(void);
void f858(void);
void f859(void);
void f860(void);
void f861(void);
void f862(void);
void f863(void);
void f864(void);
void f865(void);
void f866(void);
void f867(void);
void f868(void);
void f869(void);
void f870(void);
void f871(void);
void f872(void);
void f873(void);
void f874(void);
void f875(void);
void f876(void);
void f877(void);
void f878(void);
void f879(void);
void f880(void);
void f881(void);
void f882(void);
void f883(void);
void f884(void);
void f885(void);
void f886(void);
void f887(void);
void f888(void);
void f889(void);
void f890(void);
void f891(void);
void f892(void);
void f893(void);
void f894(void);
void f895(void);
void f896(void);
void f897(void);
void f898(void);
void f899(void);
void f900(void);
void f901(void);
void f902(void);
void f903(void);
void f904(void);
void f905(void);
void f906(void);
void f907(void);
void f908(void);
void f909(void);
void f910(void);
void f911(void);
void f912(void);
void f913(void);
void f914(void);
void f915(void);
void f916(void);
void f917(void);
void f918(void);
void f919(void);
void f920(void);
void f921(void);
void f922(void);
void f923(void);
void f924(void);
void f925(void);
void f926(void);
void f927(void);
void f928(void);
void f929(void);
void f930(void);
void f931(void);
void f932(void);
void f933(void);
void f934(void);
void f935(void);
void f936(void);
void f937(void);
void f938(void);
void f939(void);
void f940(void);
void f941(void);
void f942(void);
void f943(void);
void f944(void);
void f945(void);
void f946(void);
void f947(void);
void f948(void);
void f949(void);
void f950(void);
void f951(void);
void f952(void);
void f953(void);
void f954(void);
void f955(void);
void f956(void);
void f957(void);
void f958(void);
void f959(void);
void f960(void);
void f961(void);
void f962(void);
void f963(void);
void f964(void);
void f965(void);
void f966(void);
void f967(void);
void f968(void);
void f969(void);
void f970(void);
void f971(void);
void f972(void);
void f973(void);
void f974(void);
void f975(void);
void f976(void);
void f977(void);
void f978(void);
void f979(void);
void f980(void);
void f981(void);
void f982(void);
void f983(void);
void f984(void);
void f985(void);
void f986(void);
void f987(void);
void f988(void);
void f989(void);
void f990(void);
void f991(void);
void f992(void);
void f993(void);
void f994(void);
void f995(void);
void f996(void);
void f997(void);
void f998(void);
void f999(void);
void f1000(void);
void f1001(void);
void f1002(void);
void f1003(void);
void f1004(void);
void f1005(void);
void f1006(void);
void f1007(void);
void f1008(void);
void f1009(void);
void f1010(void);
void f1011(void);
void f1012(void);
void f1013(void);
void f1014(void);
void f1015(void);
void f1016(void);
void f1017(void);
void f1018(void);
void f1019(void);
void f1020(void);
void f1021(void);
void f1022(void);
void f1023(void);
void f1024(void);
void f1025(void);
void f1026(void);
void f1027(void);
void f1028(void);
void f1029(void);
void f1030(void);
void f1031(void);
void f1032(void);
void f1033(void);
void f1034(void);
void f1035(void);
void f1036(void);
void f1037(void);
void f1038(void);
void f1039(void);
void f1040(void);
void f1041(void);
void f1042(void);
void f1043(void);
void f1044(void);
void f1045(void);
void f1046(void);
void f1047(void);
void f1048(void);
void f1049(void);
void f1050(void);
void f1051(void);
void f1052(void);
void f1053(void);
void f1054(void);
void f1055(void);
void f1056(void);
void f1057(void);
void f1058(void);
void f1059(void);
void f1060(void);
void f1061(void);
void f1062(void);
void f1063(void);
void f1064(void);
void f1065(void);
void f1066(void);
void f1067(void);
void f1068(void);
void f1069(void);
void f1070(void);
void f1071(void);
void f1072(void);
void f1073(void);
void f1074(void);
void f1075(void);
void f1076(void);
void f1077(void);
void f1078(void);
void f1079(void);
void f1080(void);
void f1081(void);
void f1082(void);
void f1083(void);
void f1084(void);
void f1085(void);
void f1086(void);
void f1087(void);
void f1088(void);
void f1089(void);
void f1090(void);
void f1091(void);
void f1092(void);
void f1093(void);
void f1094(void);
void f1095(void);
void f1096(void);
void f1097(void);
void f1098(void);
void f1099(void);
void f1100(void);
void f1101(void);
void f1102(void);
void f1103(void);
void f1104(void);
void f1105(void);
void f1106(void);
void f1107(void);
void f1108(void);
void f1109(void);
void f1110(void);
void f1111(void);
void f1112(void);
void f1113(void);
void f1114(void);
void f1115(void);
void f1116(void);
void f1117(void);
void f1118(void);
void f1119(void);
void f1120(void);
void f1121(void);
void f1122(void);
void f1123(void);
void f1124(void);
void f1125(void);
void f1126(void);
void f1127(void);
void f1128(void);
void f1129(void);
void f1130(void);
void f1131(void);
void f1132(void);
void f1133(void);
void f1134(void);
void f1135(void);
void f1136(void);
void f1137(void);
void f1138(void);
void f1139(void);
void f1140(void);
void f1141(void);
void f1142(void);
void f1143(void);
void f1144(void);
void f1145(void);
void f1146(void);
void f1147(void);
void f1148(void);
void f1149(void);
void f1150(void);
void f1151(void);
void f1152(void);
void f1153(void);
void f1154(void);
void f1155(void);
void f1156(void);
void f1157(void);
void f1158(void);
void f1159(void);
void f1160(void);
void f1161(void);
void f1162(void);
void f1163(void);
void f1164(void);
void f1165(void);
void f1166(void);
void f1167(void);
void f1168(void);
void f1169(void);
void f1170(void);
void f1171(void);
void f1172(void);
void f1173(void);
void f1174(void);
void f1175(void);
void f1176(void);
void f1177(void);
void f1178(void);
void f1179(void);
void f1180(void);
void f1181(void);
void f1182(void);
void f1183(void);
void f1184(void);
void f1185(void);
void f1186(void);
void f1187(void);
void f1188(void);
void f1189(void);
void f1190(void);
void f1191(void);
void f1192(void);
void f1193(void);
void f1194(void);
void f1195(void);
void f1196(void);
void f1197(void);
void f1198(void);
void f1199(void);
void f1200(void);
void f1201(void);
void f1202(void);
void f1203(void);
void f1204(void);
void f1205(void);
void f1206(void);
void f1207(void);
void f1208(void);
void f1209(void);
void f1210(void);
void f1211(void);
void f1212(void);
void f1213(void);
void f1214(void);
void f1215(void);
void f1216(void);
void f1217(void);
void f1218(void);
void f1219(void);
void f1220(void);
void f1221(void);
void f1222(void);
void f1223(void);
void f1224(void);
void f1225(void);
void f1226(void);
void f1227(void);
void f1228(void);
void f1229(void);
void f1230(void);
void f1231(void);
void f1232(void);
void f1233(void);
void f1234(void);
void f1235(void);
void f1236(void);
void f1237(void);
void f1238(void);
void f1239(void);
void f1240(void);
void f1241(void);
void f1242(void);
void f1243(void);
void f1244(void);
void f1245(void);
void f1246(void);
void f1247(void);
void f1248(void);
void f1249(void);
void f1250(void);
void f1251(void);
void f1252(void);
void f1253(void);
void f1254(void);
void f1255(void);
void f1256(void);
void f1257(void);
void f1258(void);
void f1259(void);
void f1260(void);
void f1261(void);
void f1262(void);
void f1263(void);
void f1264(void);
void f1265(void);
void f1266(void);
void f1267(void);
void f1268(void);
void f1269(void);
void f1270(void);
void f1271(void);
void f1272(void);
void f1273(void);
void f1274(void);
void f1275(void);
void f1276(void);
void f1277(void);
void f1278(void);
void f1279(void);
void f1280(void);
void f1281(void);
void f1282(void);
void f1283(void);
void f1284(void);
void f1285(void);
void f1286(void);
void f1287(void);
void f1288(void);
void f1289(void);
void f1290(void);
void f1291(void);
void f1292(void);
void f1293(void);
void f1294(void);
void f1295(void);
void f1296(void);
void f1297(void);
void f1298(void);
void f1299(void);
void f1300(void);
void f1301(void);
void f1302(void);
void f1303(void);
void f1304(void);
void f1305(void);
void f1306(void);
void f1307(void);
void f1308(void);
void f1309(void);
void f1310(void);
void f1311(void);
void f1312(void);
void f1313(void);
void f1314(void);
void f1315(void);
void f1316(void);
void f1317(void);
void f1318(void);
void f1319(void);
void f1320(void);
void f1321(void);
void f1322(void);
void f1323(void);
void f1324(void);
void f1325(void);
void f1326(void);
void f1327(void);
void f1328(void);
void f1329(void);
void f1330(void);
void f1331(void);
void f1332(void);
void f1333(void);
void f1334(void);
void f1335(void);
void f1336(void);
void f1337(void);
void f1338(void);
void f1339(void);
void f1340(void);
void f1341(void);
void f1342(void);
void f1343(void);
void f1344(void);
void f1345(void);
void f1346(void);
void f1347(void);
void f1348(void);
void f1349(void);
void f1350(void);
void f1351(void);
void f1352(void);
void f1353(void);
void f1354(void);
void f1355(void);
void f1356(void);
void f1357(void);
void f1358(void);
void f1359(void);
void f1360(void);
void f1361(void);
void f1362(void);
void f1363(void);
void f1364(void);
void f1365(void);
void f1366(void);
void f1367(void);
void f1368(void);
void f1369(void);
void f1370(void);
void f1371(void);
void f1372(void);
void f1373(void);
void f1374(void);
void f1375(void);
void f1376(void);
void f1377(void);
void f1378(void);
void f1379(void);
void f1380(void);
void f1381(void);
void f1382(void);
void f1383(void);
void f1384(void);
void f1385(void);
void f1386(void);
void f1387(void);
void f1388(void);
void f1389(void);
void f1390(void);
void f1391(void);
void f1392(void);
void f1393(void);
void f1394(void);
void f1395(void);
void f1396(void);
void f1397(void);
void f1398(void);
void f1399(void);
void f1400(void);
void f1401(void);
void f1402(void);
void f1403(void);
void f1404(void);
void f1405(void);
void f1406(void);
void f1407(void);
void f1408(void);
void f1409(void);
void f1410(void);
void f1411(void);
void f1412(void);
void f1413(void);
void f1414(void);
void f1415(void);
void f1416(void);
void f1417(void);
void f1418(void);
void f1419(void);
void f1420(void);
void f1421(void);
void f1422(void);
void f1423(void);
void f1424(void);
void f1425(void);
void f1426(void);
void f1427(void);
void f1428(void);
void f1429(void);
void f1430(void);
void f1431(void);
void f1432(void);
void f1433(void);
void f1434(void);
void f1435(void);
void f1436(void);
void f1437(void);
void f1438(void);
void f1439(void);
void f1440(void);
void f1441(void);
void f1442(void);
void f1443(void);
void f1444(void);
void f1445(void);
void f1446(void);
void f1447(void);
void f1448(void);
void f1449(void);
void f1450(void);
void f1451(void);
void f1452(void);
void f1453(void);
void f1454(void);
void f1455(void);
void f1456(void);
void f1457(void);
void f1458(void);
void f1459(void);
void f1460(void);
void f1461(void);
void f1462(void);
void f1463(void);
void f1464(void);
void f1465(void);
void f1466(void);
void f1467(void);
void f1468(void);
void f1469(void);
void f1470(void);
void f1471(void);
void f1472(void);
void f1473(void);
void f1474(void);
void f1475(void);
void f1476(void);
void f1477(void);
void f1478(void);
void f1479(void);
void f1480(void);
void f1481(void);
void f1482(void);
void f1483(void);
void f1484(void);
void f1485(void);
void f1486(void);
void f1487(void);
void f1488(void);
void f1489(void);
void f1490(void);
void f1491(void);
void f1492(void);
void f1493(void);
void f1494(void);
void f1495(void);
void f1496(void);
void f1497(void);
void f1498(void);
void f1499(void);
void f1500(void);
void f1501(void);
void f1502(void);
void f1503(void);
void f1504(void);
void f1505(void);
void f1506(void);
void f1507(void);
void f1508(void);
void f1509(void);
void f1510(void);
void f1511(void);
void f1512(void);
void f1513(void);
void f1514(void);
void f1515(void);
void f1516(void);
void f1517(void);
void f1518(void);
void f1519(void);
void f1520(void);
void f1521(void);
void f1522(void);
void f1523(void);
void f1524(void);
void f1525(void);
void f1526(void);
void f1527(void);
void f1528(void);
void f1529(void);
void f1530(void);
void f1531(void);
void f1532(void);
void f1533(void);
void f1534(void);
void f1535(void);
void f1536(void);
void f1537(void);
void f1538(void);
void f1539(void);
void f1540(void);
void f1541(void);
void f1542(void);
void f1543(void);
void f1544(void);
void f1545(void);
void f1546(void);
void f1547(void);
void f1548(void);
void f1549(void);
void f1550(void);
void f1551(void);
void f1552(void);
void f1553(void);
void f1554(void);
void f1555(void);
void f1556(void);
void f1557(void);
void f1558(void);
void f1559(void);
void f1560(void);
void f1561(void);
void f1562(void);
void f1563(void);
void f1564(void);
void f1565(void);
void f1566(void);
void f1567(void);
void f1568(void);
void f1569(void);
void f1570(void);
void f1571(void);
void f1572(void);
void f1573(void);
void f1574(void);
void f1575(void);
void f1576(void);
void f1577(void);
void f1578(void);
void f1579(void);
void f1580(void);
void f1581(void);
void f1582(void);
void f1583(void);
void f1584(void);
void f1585(void);
void f1586(void);
void f1587(void);
void f1588(void);
void f1589(void);
void f1590(void);
void f1591(void);
void f1592(void);
void f1593(void);
void f1594(void);
void f1595(void);
void f1596(void);
void f1597(void);
void f1598(void);
void f1599(void);
void f1600(void);
void f1601(void);
void f1602(void);
void f1603(void);
void f1604(void);
void f1605(void);
void f1606(void);
void f1607(void);
void f1608(void);
void f1609(void);
void f1610(void);
void f1611(void);
void f1612(void);
void f1613(void);
void f1614(void);
void f1615(void);
void f1616(void);
void f1617(void);
void f1618(void);
void f1619(void);
void f1620(void);
void f1621(void);
void f1622(void);
void f1623(void);
void f1624(void);
void f1625(void);
void f1626(void);
void f1627(void);
void f1628(void);
void f1629(void);
void f1630(void);
void f1631(void);
void f1632(void);
void f1633(void);
void f1634(void);
void f1635(void);
void f1636(void);
void f1637(void);
void f1638(void);
void f1639(void);
void f1640(void);
void f1641(void);
void f1642(void);
void f1643(void);
void f1644(void);
void f1645(void);
void f1646(void);
void f1647(void);
void f1648(void);
void f1649(void);
void f1650(void);
void f1651(void);
void f1652(void);
void f1653(void);
void f1654(void);
void f1655(void);
void f1656(void);
void f1657(void);
void f1658(void);
void f1659(void);
void f1660(void);
void f1661(void);
void f1662(void);
void f1663(void);
void f1664(void);
void f1665(void);
void f1666(void);
void f1667(void);
void f1668(void);
void f1669(void);
void f1670(void);
void f1671(void);
void f1672(void);
void f1673(void);
void f1674(void);
void f1675(void);
void f1676(void);
void f1677(void);
void f1678(void);
void f1679(void);
void f1680(void);
void f1681(void);
void f1682(void);
void f1683(void);
void f1684(void);
void f1685(void);
void f1686(void);
void f1687(void);
void f1688(void);
void f1689(void);
void f1690(void);
void f1691(void);
void f1692(void);
void f1693(void);
void f1694(void);
void f1695(void);
void f1696(void);
void f1697(void);
void f1698(void);
void f1699(void);
void f1700(void);
void f1701(void);
void f1702(void);
void f1703(void);
void f1704(void);
void f1705(void);
void f1706(void);
void f1707(void);
void f1708(void);
void f1709(void);
void f1710(void);
void f1711(void);
void f1712(void);
void f1713(void);
void f1714(void);
void f1715(void);
void f1716(void);
void f1717(void);
void f1718(void);
void f1719(void);
void f1720(void);
void f1721(void);
void f1722(void);
void f1723(void);
void f1724(void);
void f1725(void);
void f1726(void);
void f1727(void);
void f1728(void);
void f1729(void);
void f1730(void);
void f1731(void);
void f1732(void);
void f1733(void);
void f1734(void);
void f1735(void);
void f1736(void);
void f1737(void);
void f1738(void);
void f1739(void);
void f1740(void);
void f1741(void);
void f1742(void);
void f1743(void);
void f1744(void);
void f1745(void);
void f1746(void);
void f1747(void);
void f1748(void);
void f1749(void);
void f1750(void);
void f1751(void);
void f1752(void);
void f1753(void);
void f1754(void);
void f1755(void);
void f1756(void);
void f1757(void);
void f1758(void);
void f1759(void);
void f1760(void);
void f1761(void);
void f1762(void);
void f1763(void);
void f1764(void);
void f1765(void);
void f1766(void);
void f1767(void);
void f1768(void);
void f1769(void);
void f1770(void);
void f1771(void);
void f1772(void);
void f1773(void);
void f1774(void);
void f1775(void);
void f1776(void);
void f1777(void);
void f1778(void);
void f1779(void);
void f1780(void);
void f1781(void);
void f1782(void);
void f1783(void);
void f1784(void);
void f1785(void);
void f1786(void);
void f1787(void);
void f1788(void);
void f1789(void);
void f1790(void);
void f1791(void);
void f1792(void);
void f1793(void);
void f1794(void);
void f1795(void);
void f1796(void);
void f1797(void);
void f1798(void);
void f1799(void);
void f1800(void);
void f1801(void);
void f1802(void);
void f1803(void);
void f1804(void);
void f1805(void);
void f1806(void);
void f1807(void);
void f1808(void);
void f1809(void);
void f1810(void);
void f1811(void);
void f1812(void);
void f1813(void);
void f1814(void);
void f1815(void);
void f1816(void);
void f1817(void);
void f1818(void);
void f1819(void);
void f1820(void);
void f1821(void);
void f1822(void);
void f1823(void);
void f1824(void);
void f1825(void);
void f1826(void);
void f1827(void);
void f1828(void);
void f1829(void);
void f1830(void);
void f1831(void);
void f1832(void);
void f1833(void);
void f1834(void);
void f1835(void);
void f1836(void);
void f1837(void);
void f1838(void);
void f1839(void);
void f1840(void);
void f1841(void);
void f1842(void);
void f1843(void);
void f1844(void);
void f1845(void);
void f1846(void);
void f1847(void);
void f1848(void);
void f1849(void);
void f1850(void);
void f1851(void);
void f1852(void);
void f1853(void);
void f1854(void);
void f1855(void);
void f1856(void);
void f1857(void);
void f1858(void);
void f1859(void);
void f1860(void);
void f1861(void);
void f1862(void);
void f1863(void);
void f1864(void);
void f1865(void);
void f1866(void);
void f1867(void);
void f1868(void);
void f1869(void);
void f1870(void);
void f1871(void);
void f1872(void);
void f1873(void);
void f1874(void);
void f1875(void);
void f1876(void);
void f1877(void);
void f1878(void);
void f1879(void);
void f1880(void);
void f1881(void);
void f1882(void);
void f1883(void);
void f1884(void);
void f1885(void);
void f1886(void);
void f1887(void);
void f1888(void);
void f1889(void);
void f1890(void);
void f1891(void);
void f1892(void);
void f1893(void);
void f1894(void);
void f1895(void);
void f1896(void);
void f1897(void);
void f1898(void);
void f1899(void);
void f1900(void);
void f1901(void);
void f1902(void);
void f1903(void);
void f1904(void);
void f1905(void);
void f1906(void);
void f1907(void);
void f1908(void);
void f1909(void);
void f1910(void);
void f1911(void);
void f1912(void);
void f1913(void);
void f1914(void);
void f1915(void);
void f1916(void);
void f1917(void);
void f1918(void);
void f1919(void);
void f1920(void);
void f1921(void);
void f1922(void);
void f1923(void);
void f1924(void);
void f1925(void);
void f1926(void);
void f1927(void);
void f1928(void);
void f1929(void);
void f1930(void);
void f1931(void);
void f1932(void);
void f1933(void);
void f1934(void);
void f1935(void);
void f1936(void);
void f1937(void);
void f1938(void);
void f1939(void);
void f1940(void);
void f1941(void);
void f1942(void);
void f1943(void);
void f1944(void);
void f1945(void);
void f1946(void);
void f1947(void);
void f1948(void);
void f1949(void);
void f1950(void);
void f1951(void);
void f1952(void);
void f1953(void);
void f1954(void);
void f1955(void);
void f1956(void);
void f1957(void);
void f1958(void);
void f1959(void);
void f1960(void);
void f1961(void);
void f1962(void);
void f1963(void);
void f1964(void);
void f1965(void);
void f1966(void);
void f1967(void);
void f1968(void);
void f1969(void);
void f1970(void);
void f1971(void);
void f1972(void);
void f1973(void);
void f1974(void);
void f1975(void);
void f1976(void);
void f1977(void);
void f1978(void);
void f1979(void);
void f1980(void);
void f1981(void);
void f1982(void);
void f1983(void);
void f1984(void);
void f1985(void);
void f1986(void);
void f1987(void);
void f1988(void);
void f1989(void);
void f1990(void);
void f1991(void);
void f1992(void);
void f1993(void);
void f1994(void);
void f1995(void);
void f1996(void);
void f1997(void);
void f1998(void);
void f1999(void);
static co_mutex m0; void f0(void) { co_mutex_lock(&m0); f1(); co_mutex_unlock(&m0); }
static co_mutex m1; void f1(void) { co_mutex_lock(&m1); f2(); co_mutex_unlock(&m1); }
static co_mutex m2; void f2(void) { co_mutex_lock(&m2); f3(); co_mutex_unlock(&m2); }
static co_mutex m3; void f3(void) { co_mutex_lock(&m3); f4(); co_mutex_unlock(&m3); }
static co_mutex m4; void f4(void) { co_mutex_lock(&m4); f5(); co_mutex_unlock(&m4); }
static co_mutex m5; void f5(void) { co_mutex_lock(&m5); f6(); co_mutex_unlock(&m5); }
static co_mutex m6; void f6(void) { co_mutex_lock(&m6); f7(); co_mutex_unlock(&m6); }
static co_mutex m7; void f7(void) { co_mutex_lock(&m7); f8(); co_mutex_unlock(&m7); }
static co_mutex m8; void f8(void) { co_mutex_lock(&m8); f9(); co_mutex_unlock(&m8); }
static co_mutex m9; void f9(void) { co_mutex_lock(&m9); f10(); co_mutex_unlock(&m9); }
static co_mutex m10; void f10(void) { co_mutex_lock(&m10); f11(); co_mutex_unlock(&m10); }
static co_mutex m11; void f11(void) { co_mutex_lock(&m11); f12(); co_mutex_unlock(&m11); }
static co_mutex m12; void f12(void) { co_mutex_lock(&m12); f13(); co_mutex_unlock(&m12); }
static co_mutex m13; void f13(void) { co_mutex_lock(&m13); f14(); co_mutex_unlock(&m13); }
static co_mutex m14; void f14(void) { co_mutex_lock(&m14); f15(); co_mutex_unlock(&m14); }
static co_mutex m15; void f15(void) { co_mutex_lock(&m15); f16(); co_mutex_unlock(&m15); }
static co_mutex m16; void f16(void) { co_mutex_lock(&m16); f17(); co_mutex_unlock(&m16); }
static co_mutex m17; void f17(void) { co_mutex_lock(&m17); f18(); co_mutex_unlock(&m17); }
static co_mutex m18; void f18(void) { co_mutex_lock(&m18); f19(); co_mutex_unlock(&m18); }
static co_mutex m19; void f19(void) { co_mutex_lock(&m19); f20(); co_mutex_unlock(&m19); }
static co_mutex m20; void f20(void) { co_mutex_lock(&m20); f21(); co_mutex_unlock(&m20); }
static co_mutex m21; void f21(void) { co_mutex_lock(&m21); f22(); co_mutex_unlock(&m21); }
static co_mutex m22; void f22(void) { co_mutex_lock(&m22); f23(); co_mutex_unlock(&m22); }
static co_mutex m23; void f23(void) { co_mutex_lock(&m23); f24(); co_mutex_unlock(&m23); }
static co_mutex m24; void f24(void) { co_mutex_lock(&m24); f25(); co_mutex_unlock(&m24); }
static co_mutex m25; void f25(void) { co_mutex_lock(&m25); f26(); co_mutex_unlock(&m25); }
static co_mutex m26; void f26(void) { co_mutex_lock(&m26); f27(); co_mutex_unlock(&m26); }
static co_mutex m27; void f27(void) { co_mutex_lock(&m27); f28(); co_mutex_unlock(&m27); }
static co_mutex m28; void f28(void) { co_mutex_lock(&m28); f29(); co_mutex_unlock(&m28); }
static co_mutex m29; void f29(void) { co_mutex_lock(&m29); f30(); co_mutex_unlock(&m29); }
static co_mutex m30; void f30(void) { co_mutex_lock(&m30); f31(); co_mutex_unlock(&m30); }
static co_mutex m31; void f31(void) { co_mutex_lock(&m31); f32(); co_mutex_unlock(&m31); }
static co_mutex m32; void f32(void) { co_mutex_lock(&m32); f33(); co_mutex_unlock(&m32); }
static co_mutex m33; void f33(void) { co_mutex_lock(&m33); f34(); co_mutex_unlock(&m33); }
static co_mutex m34; void f34(void) { co_mutex_lock(&m34); f35(); co_mutex_unlock(&m34); }
static co_mutex m35; void f35(void) { co_mutex_lock(&m35); f36(); co_mutex_unlock(&m35); }
static co_mutex m36; void f36(void) { co_mutex_lock(&m36); f37(); co_mutex_unlock(&m36); }
static co_mutex m37; void f37(void) { co_mutex_lock(&m37); f38(); co_mutex_unlock(&m37); }
static co_mutex m38; void f38(void) { co_mutex_lock(&m38); f39(); co_mutex_unlock(&m38); }
static co_mutex m39; void f39(void) { co_mutex_lock(&m39); f40(); co_mutex_unlock(&m39); }
static co_mutex m40; void f40(void) { co_mutex_lock(&m40); f41(); co_mutex_unlock(&m40); }
static co_mutex m41; void f41(void) { co_mutex_lock(&m41); f42(); co_mutex_unlock(&m41); }
static co_mutex m42; void f42(void) { co_mutex_lock(&m42); f43(); co_mutex_unlock(&m42); }
static co_mutex m43; void f43(void) { co_mutex_lock(&m43); f44(); co_mutex_unlock(&m43); }
static co_mutex m44; void f44(void) { co_mutex_lock(&m44); f45(); co_mutex_unlock(&m44); }
static co_mutex m45; void f45(void) { co_mutex_lock(&m45); f46(); co_mutex_unlock(&m45); }
static co_mutex m46; void f46(void) { co_mutex_lock(&m46); f47(); co_mutex_unlock(&m46); }
static co_mutex m47; void f47(void) { co_mutex_lock(&m47); f48(); co_mutex_unlock(&m47); }
static co_mutex m48; void f48(void) { co_mutex_lock(&m48); f49(); co_mutex_unlock(&m48); }
static co_mutex m49; void f49(void) { co_mutex_lock(&m49); f50(); co_mutex_unlock(&m49); }
static co_mutex m50; void f50(void) { co_mutex_lock(&m50); f51(); co_mutex_unlock(&m50); }
static co_mutex m51; void f51(void) { co_mutex_lock(&m51); f52(); co_mutex_unlock(&m51); }
static co_mutex m52; void f52(void) { co_mutex_lock(&m52); f53(); co_mutex_unlock(&m52); }
static co_mutex m53; void f53(void) { co_mutex_lock(&m53); f54(); co_mutex_unlock(&m53); }
static co_mutex m54; void f54(void) { co_mutex_lock(&m54); f55(); co_mutex_unlock(&m54); }
static co_mutex m55; void f55(void) { co_mutex_lock(&m55); f56(); co_mutex_unlock(&m55); }
static co_mutex m56; void f56(void) { co_mutex_lock(&m56); f57(); co_mutex_unlock(&m56); }
static co_mutex m57; void f57(void) { co_mutex_lock(&m57); f58(); co_mutex_unlock(&m57); }
static co_mutex m58; void f58(void) { co_mutex_lock(&m58); f59(); co_mutex_unlock(&m58); }
static co_mutex m59; void f59(void) { co_mutex_lock(&m59); f60(); co_mutex_unlock(&m59); }
static co_mutex m60; void f60(void) { co_mutex_lock(&m60); f61(); co_mutex_unlock(&m60); }
static co_mutex m61; void f61(void) { co_mutex_lock(&m61); f62(); co_mutex_unlock(&m61); }
static co_mutex m62; void f62(void) { co_mutex_lock(&m62); f63(); co_mutex_unlock(&m62); }
static co_mutex m63; void f63(void) { co_mutex_lock(&m63); f64(); co_mutex_unlock(&m63); }
static co_mutex m64; void f64(void) { co_mutex_lock(&m64); f65(); co_mutex_unlock(&m64); }
static co_mutex m65; void f65(void) { co_mutex_lock(&m65); f66(); co_mutex_unlock(&m65); }
static co_mutex m66; void f66(void) { co_mutex_lock(&m66); f67(); co_mutex_unlock(&m66); }
static co_mutex m67; void f67(void) { co_mutex_lock(&m67); f68(); co_mutex_unlock(&m67); }
static co_mutex m68; void f68(void) { co_mutex_lock(&m68); f69(); co_mutex_unlock(&m68); }
static co_mutex m69; void f69(void) { co_mutex_lock(&m69); f70(); co_mutex_unlock(&m69); }
static co_mutex m70; void f70(void) { co_mutex_lock(&m70); f71(); co_mutex_unlock(&m70); }
static co_mutex m71; void f71(void) { co_mutex_lock(&m71); f72(); co_mutex_unlock(&m71); }
static co_mutex m72; void f72(void) { co_mutex_lock(&m72); f73(); co_mutex_unlock(&m72); }
static co_mutex m73; void f73(void) { co_mutex_lock(&m73); f74(); co_mutex_unlock(&m73); }
static co_mutex m74; void f74(void) { co_mutex_lock(&m74); f75(); co_mutex_unlock(&m74); }
static co_mutex m75; void f75(void) { co_mutex_lock(&m75); f76(); co_mutex_unlock(&m75); }
static co_mutex m76; void f76(void) { co_mutex_lock(&m76); f77(); co_mutex_unlock(&m76); }
static co_mutex m77; void f77(void) { co_mutex_lock(&m77); f78(); co_mutex_unlock(&m77); }
static co_mutex m78; void f78(void) { co_mutex_lock(&m78); f79(); co_mutex_unlock(&m78); }
static co_mutex m79; void f79(void) { co_mutex_lock(&m79); f80(); co_mutex_unlock(&m79); }
static co_mutex m80; void f80(void) { co_mutex_lock(&m80); f81(); co_mutex_unlock(&m80); }
static co_mutex m81; void f81(void) { co_mutex_lock(&m81); f82(); co_mutex_unlock(&m81); }
static co_mutex m82; void f82(void) { co_mutex_lock(&m82); f83(); co_mutex_unlock(&m82); }
static co_mutex m83; void f83(void) { co_mutex_lock(&m83); f84(); co_mutex_unlock(&m83); }
static co_mutex m84; void f84(void) { co_mutex_lock(&m84); f85(); co_mutex_unlock(&m84); }
static co_mutex m85; void f85(void) { co_mutex_lock(&m85); f86(); co_mutex_unlock(&m85); }
static co_mutex m86; void f86(void) { co_mutex_lock(&m86); f87(); co_mutex_unlock(&m86); }
static co_mutex m87; void f87(void) { co_mutex_lock(&m87); f88(); co_mutex_unlock(&m87); }
static co_mutex m88; void f88(void) { co_mutex_lock(&m88); f89(); co_mutex_unlock(&m88); }
static co_mutex m89; void f89(void) { co_mutex_lock(&m89); f90(); co_mutex_unlock(&m89); }
static co_mutex m90; void f90(void) { co_mutex_lock(&m90); f91(); co_mutex_unlock(&m90); }
static co_mutex m91; void f91(void) { co_mutex_lock(&m91); f92(); co_mutex_unlock(&m91); }
static co_mutex m92; void f92(void) { co_mutex_lock(&m92); f93(); co_mutex_unlock(&m92); }
static co_mutex m93; void f93(void) { co_mutex_lock(&m93); f94(); co_mutex_unlock(&m93); }
static co_mutex m94; void f94(void) { co_mutex_lock(&m94); f95(); co_mutex_unlock(&m94); }
static co_mutex m95; void f95(void) { co_mutex_lock(&m95); f96(); co_mutex_unlock(&m95); }
static co_mutex m96; void f96(void) { co_mutex_lock(&m96); f97(); co_mutex_unlock(&m96); }
static co_mutex m97; void f97(void) { co_mutex_lock(&m97); f98(); co_mutex_unlock(&m97); }
static co_mutex m98; void f98(void) { co_mutex_lock(&m98); f99(); co_mutex_unlock(&m98); }
static co_mutex m99; void f99(void) { co_mutex_lock(&m99); f100(); co_mutex_unlock(&m99); }
static co_mutex m100; void f100(void) { co_mutex_lock(&m100); f101(); co_mutex_unlock(&m100); }
static co_mutex m101; void f101(void) { co_mutex_lock(&m101); f102(); co_mutex_unlock(&m101); }
static co_mutex m102; void f102(void) { co_mutex_lock(&m102); f103(); co_mutex_unlock(&m102); }
static co_mutex m103; void f103(void) { co_mutex_lock(&m103); f104(); co_mutex_unlock(&m103); }
static co_mutex m104; void f104(void) { co_mutex_lock(&m104); f105(); co_mutex_unlock(&m104); }
static co_mutex m105; void f105(void) { co_mutex_lock(&m105); f106(); co_mutex_unlock(&m105); }
static co_mutex m106; void f106(void) { co_mutex_lock(&m106); f107(); co_mutex_unlock(&m106); }
static co_mutex m107; void f107(void) { co_mutex_lock(&m107); f108(); co_mutex_unlock(&m107); }
static co_mutex m108; void f108(void) { co_mutex_lock(&m108); f109(); co_mutex_unlock(&m108); }
static co_mutex m109; void f109(void) { co_mutex_lock(&m109); f110(); co_mutex_unlock(&m109); }
static co_mutex m110; void f110(void) { co_mutex_lock(&m110); f111(); co_mutex_unlock(&m110); }
static co_mutex m111; void f111(void) { co_mutex_lock(&m111); f112(); co_mutex_unlock(&m111); }
static co_mutex m112; void f112(void) { co_mutex_lock(&m112); f113(); co_mutex_unlock(&m112); }
static co_mutex m113; void f113(void) { co_mutex_lock(&m113); f114(); co_mutex_unlock(&m113); }
static co_mutex m114; void f114(void) { co_mutex_lock(&m114); f115(); co_mutex_unlock(&m114); }
static co_mutex m115; void f115(void) { co_mutex_lock(&m115); f116(); co_mutex_unlock(&m115); }
static co_mutex m116; void f116(void) { co_mutex_lock(&m116); f117(); co_mutex_unlock(&m116); }
static co_mutex m117; void f117(void) { co_mutex_lock(&m117); f118(); co_mutex_unlock(&m117); }
static co_mutex m118; void f118(void) { co_mutex_lock(&m118); f119(); co_mutex_unlock(&m118); }
static co_mutex m119; void f119(void) { co_mutex_lock(&m119); f120(); co_mutex_unlock(&m119); }
static co_mutex m120; void f120(void) { co_mutex_lock(&m120); f121(); co_mutex_unlock(&m120); }
static co_mutex m121; void f121(void) { co_mutex_lock(&m121); f122(); co_mutex_unlock(&m121); }
static co_mutex m122; void f122(void) { co_mutex_lock(&m122); f123(); co_mutex_unlock(&m122); }
static co_mutex m123; void f123(void) { co_mutex_lock(&m123); f124(); co_mutex_unlock(&m123); }
static co_mutex m124; void f124(void) { co_mutex_lock(&m124); f125(); co_mutex_unlock(&m124); }
static co_mutex m125; void f125(void) { co_mutex_lock(&m125); f126(); co_mutex_unlock(&m125); }
static co_mutex m126; void f126(void) { co_mutex_lock(&m126); f127(); co_mutex_unlock(&m126); }
static co_mutex m127; void f127(void) { co_mutex_lock(&m127); f128(); co_mutex_unlock(&m127); }
static co_mutex m128; void f128(void) { co_mutex_lock(&m128); f129(); co_mutex_unlock(&m128); }
static co_mutex m129; void f129(void) { co_mutex_lock(&m129); f130(); co_mutex_unlock(&m129); }
static co_mutex m130; void f130(void) { co_mutex_lock(&m130); f131(); co_mutex_unlock(&m130); }
static co_mutex m131; void f131(void) { co_mutex_lock(&m131); f132(); co_mutex_unlock(&m131); }
static co_mutex m132; void f132(void) { co_mutex_lock(&m132); f133(); co_mutex_unlock(&m132); }
static co_mutex m133; void f133(void) { co_mutex_lock(&m133); f134(); co_mutex_unlock(&m133); }
static co_mutex m134; void f134(void) { co_mutex_lock(&m134); f135(); co_mutex_unlock(&m134); }
static co_mutex m135; void f135(void) { co_mutex_lock(&m135); f136(); co_mutex_unlock(&m135); }
static co_mutex m136; void f136(void) { co_mutex_lock(&m136); f137(); co_mutex_unlock(&m136); }
static co_mutex m137; void f137(void) { co_mutex_lock(&m137); f138(); co_mutex_unlock(&m137); }
static co_mutex m138; void f138(void) { co_mutex_lock(&m138); f139(); co_mutex_unlock(&m138); }
static co_mutex m139; void f139(void) { co_mutex_lock(&m139); f140(); co_mutex_unlock(&m139); }
static co_mutex m140; void f140(void) { co_mutex_lock(&m140); f141(); co_mutex_unlock(&m140); }
static co_mutex m141; void f141(void) { co_mutex_lock(&m141); f142(); co_mutex_unlock(&m141); }
static co_mutex m142; void f142(void) { co_mutex_lock(&m142); f143(); co_mutex_unlock(&m142); }
static co_mutex m143; void f143(void) { co_mutex_lock(&m143); f144(); co_mutex_unlock(&m143); }
static co_mutex m144; void f144(void) { co_mutex_lock(&m144); f145(); co_mutex_unlock(&m144); }
static co_mutex m145; void f145(void) { co_mutex_lock(&m145); f146(); co_mutex_unlock(&m145); }
static co_mutex m146; void f146(void) { co_mutex_lock(&m146); f147(); co_mutex_unlock(&m146); }
static co_mutex m147; void f147(void) { co_mutex_lock(&m147); f148(); co_mutex_unlock(&m147); }
static co_mutex m148; void f148(void) { co_mutex_lock(&m148); f149(); co_mutex_unlock(&m148); }
static co_mutex m149; void f149(void) { co_mutex_lock(&m149); f150(); co_mutex_unlock(&m149); }
static co_mutex m150; void f150(void) { co_mutex_lock(&m150); f151(); co_mutex_unlock(&m150); }
static co_mutex m151; void f151(void) { co_mutex_lock(&m151); f152(); co_mutex_unlock(&m151); }
static co_mutex m152; void f152(void) { co_mutex_lock(&m152); f153(); co_mutex_unlock(&m152); }
static co_mutex m153; void f153(void) { co_mutex_lock(&m153); f154(); co_mutex_unlock(&m153); }
static co_mutex m154; void f154(void) { co_mutex_lock(&m154); f155(); co_mutex_unlock(&m154); }
static co_mutex m155; void f155(void) { co_mutex_lock(&m155); f156(); co_mutex_unlock(&m155); }
static co_mutex m156; void f156(void) { co_mutex_lock(&m156); f157(); co_mutex_unlock(&m156); }
static co_mutex m157; void f157(void) { co_mutex_lock(&m157); f158(); co_mutex_unlock(&m157); }
static co_mutex m158; void f158(void) { co_mutex_lock(&m158); f159(); co_mutex_unlock(&m158); }
static co_mutex m159; void f159(void) { co_mutex_lock(&m159); f160(); co_mutex_unlock(&m159); }
static co_mutex m160; void f160(void) { co_mutex_lock(&m160); f161(); co_mutex_unlock(&m160); }
static co_mutex m161; void f161(void) { co_mutex_lock(&m161); f162(); co_mutex_unlock(&m161); }
static co_mutex m162; void f162(void) { co_mutex_lock(&m162); f163(); co_mutex_unlock(&m162); }
static co_mutex m163; void f163(void) { co_mutex_lock(&m163); f164(); co_mutex_unlock(&m163); }
static co_mutex m164; void f164(void) { co_mutex_lock(&m164); f165(); co_mutex_unlock(&m164); }
static co_mutex m165; void f165(void) { co_mutex_lock(&m165); f166(); co_mutex_unlock(&m165); }
static co_mutex m166; void f166(void) { co_mutex_lock(&m166); f167(); co_mutex_unlock(&m166); }
static co_mutex m167; void f167(void) { co_mutex_lock(&m167); f168(); co_mutex_unlock(&m167); }
static co_mutex m168; void f168(void) { co_mutex_lock(&m168); f169(); co_mutex_unlock(&m168); }
static co_mutex m169; void f169(void) { co_mutex_lock(&m169); f170(); co_mutex_unlock(&m169); }
static co_mutex m170; void f170(void) { co_mutex_lock(&m170); f171(); co_mutex_unlock(&m170); }
static co_mutex m171; void f171(void) { co_mutex_lock(&m171); f172(); co_mutex_unlock(&m171); }
static co_mutex m172; void f172(void) { co_mutex_lock(&m172); f173(); co_mutex_unlock(&m172); }
static co_mutex m173; void f173(void) { co_mutex_lock(&m173); f174(); co_mutex_unlock(&m173); }
static co_mutex m174; void f174(void) { co_mutex_lock(&m174); f175(); co_mutex_unlock(&m174); }
static co_mutex m175; void f175(void) { co_mutex_lock(&m175); f176(); co_mutex_unlock(&m175); }
static co_mutex m176; void f176(void) { co_mutex_lock(&m176); f177(); co_mutex_unlock(&m176); }
static co_mutex m177; void f177(void) { co_mutex_lock(&m177); f178(); co_mutex_unlock(&m177); }
static co_mutex m178; void f178(void) { co_mutex_lock(&m178); f179(); co_mutex_unlock(&m178); }
static co_mutex m179; void f179(void) { co_mutex_lock(&m179); f180(); co_mutex_unlock(&m179); }
static co_mutex m180; void f180(void) { co_mutex_lock(&m180); f181(); co_mutex_unlock(&m180); }
static co_mutex m181; void f181(void) { co_mutex_lock(&m181); f182(); co_mutex_unlock(&m181); }
static co_mutex m182; void f182(void) { co_mutex_lock(&m182); f183(); co_mutex_unlock(&m182); }
static co_mutex m183; void f183(void) { co_mutex_lock(&m183); f184(); co_mutex_unlock(&m183); }
static co_mutex m184; void f184(void) { co_mutex_lock(&m184); f185(); co_mutex_unlock(&m184); }
static co_mutex m185; void f185(void) { co_mutex_lock(&m185); f186(); co_mutex_unlock(&m185); }
static co_mutex m186; void f186(void) { co_mutex_lock(&m186); f187(); co_mutex_unlock(&m186); }
static co_mutex m187; void f187(void) { co_mutex_lock(&m187); f188(); co_mutex_unlock(&m187); }
static co_mutex m188; void f188(void) { co_mutex_lock(&m188); f189(); co_mutex_unlock(&m188); }
static co_mutex m189; void f189(void) { co_mutex_lock(&m189); f190(); co_mutex_unlock(&m189); }
static co_mutex m190; void f190(void) { co_mutex_lock(&m190); f191(); co_mutex_unlock(&m190); }
static co_mutex m191; void f191(void) { co_mutex_lock(&m191); f192(); co_mutex_unlock(&m191); }
static co_mutex m192; void f192(void) { co_mutex_lock(&m192); f193(); co_mutex_unlock(&m192); }
static co_mutex m193; void f193(void) { co_mutex_lock(&m193); f194(); co_mutex_unlock(&m193); }
static co_mutex m194; void f194(void) { co_mutex_lock(&m194); f195(); co_mutex_unlock(&m194); }
static co_mutex m195; void f195(void) { co_mutex_lock(&m195); f196(); co_mutex_unlock(&m195); }
static co_mutex m196; void f196(void) { co_mutex_lock(&m196); f197(); co_mutex_unlock(&m196); }
static co_mutex m197; void f197(void) { co_mutex_lock(&m197); f198(); co_mutex_unlock(&m197); }
static co_mutex m198; void f198(void) { co_mutex_lock(&m198); f199(); co_mutex_unlock(&m198); }
static co_mutex m199; void f199(void) { co_mutex_lock(&m199); f200(); co_mutex_unlock(&m199); }
static co_mutex m200; void f200(void) { co_mutex_lock(&m200); f201(); co_mutex_unlock(&m200); }
static co_mutex m201; void f201(void) { co_mutex_lock(&m201); f202(); co_mutex_unlock(&m201); }
static co_mutex m202; void f202(void) { co_mutex_lock(&m202); f203(); co_mutex_unlock(&m202); }
static co_mutex m203; void f203(void) { co_mutex_lock(&m203); f204(); co_mutex_unlock(&m203); }
static co_mutex m204; void f204(void) { co_mutex_lock(&m204); f205(); co_mutex_unlock(&m204); }
static co_mutex m205; void f205(void) { co_mutex_lock(&m205); f206(); co_mutex_unlock(&m205); }
static co_mutex m206; void f206(void) { co_mutex_lock(&m206); f207(); co_mutex_unlock(&m206); }
static co_mutex m207; void f207(void) { co_mutex_lock(&m207); f208(); co_mutex_unlock(&m207); }
static co_mutex m208; void f208(void) { co_mutex_lock(&m208); f209(); co_mutex_unlock(&m208); }
static co_mutex m209; void f209(void) { co_mutex_lock(&m209); f210(); co_mutex_unlock(&m209); }
static co_mutex m210; void f210(void) { co_mutex_lock(&m210); f211(); co_mutex_unlock(&m210); }
static co_mutex m211; void f211(void) { co_mutex_lock(&m211); f212(); co_mutex_unlock(&m211); }
static co_mutex m212; void f212(void) { co_mutex_lock(&m212); f213(); co_mutex_unlock(&m212); }
static co_mutex m213; void f213(void) { co_mutex_lock(&m213); f214(); co_mutex_unlock(&m213); }
static co_mutex m214; void f214(void) { co_mutex_lock(&m214); f215(); co_mutex_unlock(&m214); }
static co_mutex m215; void f215(void) { co_mutex_lock(&m215); f216(); co_mutex_unlock(&m215); }
static co_mutex m216; void f216(void) { co_mutex_lock(&m216); f217(); co_mutex_unlock(&m216); }
static co_mutex m217; void f217(void) { co_mutex_lock(&m217); f218(); co_mutex_unlock(&m217); }
static co_mutex m218; void f218(void) { co_mutex_lock(&m218); f219(); co_mutex_unlock(&m218); }
static co_mutex m219; void f219(void) { co_mutex_lock(&m219); f220(); co_mutex_unlock(&m219); }
static co_mutex m220; void f220(void) { co_mutex_lock(&m220); f221(); co_mutex_unlock(&m220); }
static co_mutex m221; void f221(void) { co_mutex_lock(&m221); f222(); co_mutex_unlock(&m221); }
static co_mutex m222; void f222(void) { co_mutex_lock(&m222); f223(); co_mutex_unlock(&m222); }
static co_mutex m223; void f223(void) { co_mutex_lock(&m223); f224(); co_mutex_unlock(&m223); }
static co_mutex m224; void f224(void) { co_mutex_lock(&m224); f225(); co_mutex_unlock(&m224); }
static co_mutex m225; void f225(void) { co_mutex_lock(&m225); f226(); co_mutex_unlock(&m225); }
static co_mutex m226; void f226(void) { co_mutex_lock(&m226); f227(); co_mutex_unlock(&m226); }
static co_mutex m227; void f227(void) { co_mutex_lock(&m227); f228(); co_mutex_unlock(&m227); }
static co_mutex m228; void f228(void) { co_mutex_lock(&m228); f229(); co_mutex_unlock(&m228); }
static co_mutex m229; void f229(void) { co_mutex_lock(&m229); f230(); co_mutex_unlock(&m229); }
static co_mutex m230; void f230(void) { co_mutex_lock(&m230); f231(); co_mutex_unlock(&m230); }
static co_mutex m231; void f231(void) { co_mutex_lock(&m231); f232(); co_mutex_unlock(&m231); }
static co_mutex m232; void f232(void) { co_mutex_lock(&m232); f233(); co_mutex_unlock(&m232); }
static co_mutex m233; void f233(void) { co_mutex_lock(&m233); f234(); co_mutex_unlock(&m233); }
static co_mutex m234; void f234(void) { co_mutex_lock(&m234); f235(); co_mutex_unlock(&m234); }
static co_mutex m235; void f235(void) { co_mutex_lock(&m235); f236(); co_mutex_unlock(&m235); }
static co_mutex m236; void f236(void) { co_mutex_lock(&m236); f237(); co_mutex_unlock(&m236); }
static co_mutex m237; void f237(void) { co_mutex_lock(&m237); f238(); co_mutex_unlock(&m237); }
static co_mutex m238; void f238(void) { co_mutex_lock(&m238); f239(); co_mutex_unlock(&m238); }
static co_mutex m239; void f239(void) { co_mutex_lock(&m239); f240(); co_mutex_unlock(&m239); }
static co_mutex m240; void f240(void) { co_mutex_lock(&m240); f241(); co_mutex_unlock(&m240); }
static co_mutex m241; void f241(void) { co_mutex_lock(&m241); f242(); co_mutex_unlock(&m241); }
static co_mutex m242; void f242(void) { co_mutex_lock(&m242); f243(); co_mutex_unlock(&m242); }
static co_mutex m243; void f243(void) { co_mutex_lock(&m243); f244(); co_mutex_unlock(&m243); }
static co_mutex m244; void f244(void) { co_mutex_lock(&m244); f245(); co_mutex_unlock(&m244); }
static co_mutex m245; void f245(void) { co_mutex_lock(&m245); f246(); co_mutex_unlock(&m245); }
static co_mutex m246; void f246(void) { co_mutex_lock(&m246); f247(); co_mutex_unlock(&m246); }
static co_mutex m247; void f247(void) { co_mutex_lock(&m247); f248(); co_mutex_unlock(&m247); }
static co_mutex m248; void f248(void) { co_mutex_lock(&m248); f249(); co_mutex_unlock(&m248); }
static co_mutex m249; void f249(void) { co_mutex_lock(&m249); f250(); co_mutex_unlock(&m249); }
static co_mutex m250; void f250(void) { co_mutex_lock(&m250); f251(); co_mutex_unlock(&m250); }
static co_mutex m251; void f251(void) { co_mutex_lock(&m251); f252(); co_mutex_unlock(&m251); }
static co_mutex m252; void f252(void) { co_mutex_lock(&m252); f253(); co_mutex_unlock(&m252); }
static co_mutex m253; void f253(void) { co_mutex_lock(&m253); f254(); co_mutex_unlock(&m253); }
static co_mutex m254; void f254(void) { co_mutex_lock(&m254); f255(); co_mutex_unlock(&m254); }
static co_mutex m255; void f255(void) { co_mutex_lock(&m255); f256(); co_mutex_unlock(&m255); }
static co_mutex m256; void f256(void) { co_mutex_lock(&m256); f257(); co_mutex_unlock(&m256); }
static co_mutex m257; void f257(void) { co_mutex_lock(&m257); f258(); co_mutex_unlock(&m257); }
static co_mutex m258; void f258(void) { co_mutex_lock(&m258); f259(); co_mutex_unlock(&m258); }
static co_mutex m259; void f259(void) { co_mutex_lock(&m259); f260(); co_mutex_unlock(&m259); }
static co_mutex m260; void f260(void) { co_mutex_lock(&m260); f261(); co_mutex_unlock(&m260); }
static co_mutex m261; void f261(void) { co_mutex_lock(&m261); f262(); co_mutex_unlock(&m261); }
static co_mutex m262; void f262(void) { co_mutex_lock(&m262); f263(); co_mutex_unlock(&m262); }
static co_mutex m263; void f263(void) { co_mutex_lock(&m263); f264(); co_mutex_unlock(&m263); }
static co_mutex m264; void f264(void) { co_mutex_lock(&m264); f265(); co_mutex_unlock(&m264); }
static co_mutex m265; void f265(void) { co_mutex_lock(&m265); f266(); co_mutex_unlock(&m265); }
static co_mutex m266; void f266(void) { co_mutex_lock(&m266); f267(); co_mutex_unlock(&m266); }
static co_mutex m267; void f267(void) { co_mutex_lock(&m267); f268(); co_mutex_unlock(&m267); }
static co_mutex m268; void f268(void) { co_mutex_lock(&m268); f269(); co_mutex_unlock(&m268); }
static co_mutex m269; void f269(void) { co_mutex_lock(&m269); f270(); co_mutex_unlock(&m269); }
static co_mutex m270; void f270(void) { co_mutex_lock(&m270); f271(); co_mutex_unlock(&m270); }
static co_mutex m271; void f271(void) { co_mutex_lock(&m271); f272(); co_mutex_unlock(&m271); }
static co_mutex m272; void f272(void) { co_mutex_lock(&m272); f273(); co_mutex_unlock(&m272); }
static co_mutex m273; void f273(void) { co_mutex_lock(&m273); f274(); co_mutex_unlock(&m273); }
static co_mutex m274; void f274(void) { co_mutex_lock(&m274); f275(); co_mutex_unlock(&m274); }
static co_mutex m275; void f275(void) { co_mutex_lock(&m275); f276(); co_mutex_unlock(&m275); }
static co_mutex m276; void f276(void) { co_mutex_lock(&m276); f277(); co_mutex_unlock(&m276); }
static co_mutex m277; void f277(void) { co_mutex_lock(&m277); f278(); co_mutex_unlock(&m277); }
static co_mutex m278; void f278(void) { co_mutex_lock(&m278); f279(); co_mutex_unlock(&m278); }
static co_mutex m279; void f279(void) { co_mutex_lock(&m279); f280(); co_mutex_unlock(&m279); }
static co_mutex m280; void f280(void) { co_mutex_lock(&m280); f281(); co_mutex_unlock(&m280); }
static co_mutex m281; void f281(void) { co_mutex_lock(&m281); f282(); co_mutex_unlock(&m281); }
static co_mutex m282; void f282(void) { co_mutex_lock(&m282); f283(); co_mutex_unlock(&m282); }
static co_mutex m283; void f283(void) { co_mutex_lock(&m283); f284(); co_mutex_unlock(&m283); }
static co_mutex m284; void f284(void) { co_mutex_lock(&m284); f285(); co_mutex_unlock(&m284); }
static co_mutex m285; void f285(void) { co_mutex_lock(&m285); f286(); co_mutex_unlock(&m285); }
static co_mutex m286; void f286(void) { co_mutex_lock(&m286); f287(); co_mutex_unlock(&m286); }
static co_mutex m287; void f287(void) { co_mutex_lock(&m287); f288(); co_mutex_unlock(&m287); }
static co_mutex m288; void f288(void) { co_mutex_lock(&m288); f289(); co_mutex_unlock(&m288); }
static co_mutex m289; void f289(void) { co_mutex_lock(&m289); f290(); co_mutex_unlock(&m289); }
static co_mutex m290; void f290(void) { co_mutex_lock(&m290); f291(); co_mutex_unlock(&m290); }
static co_mutex m291; void f291(void) { co_mutex_lock(&m291); f292(); co_mutex_unlock(&m291); }
static co_mutex m292; void f292(void) { co_mutex_lock(&m292); f293(); co_mutex_unlock(&m292); }
static co_mutex m293; void f293(void) { co_mutex_lock(&m293); f294(); co_mutex_unlock(&m293); }
static co_mutex m294; void f294(void) { co_mutex_lock(&m294); f295(); co_mutex_unlock(&m294); }
static co_mutex m295; void f295(void) { co_mutex_lock(&m295); f296(); co_mutex_unlock(&m295); }
static co_mutex m296; void f296(void) { co_mutex_lock(&m296); f297(); co_mutex_unlock(&m296); }
static co_mutex m297; void f297(void) { co_mutex_lock(&m297); f298(); co_mutex_unlock(&m297); }
static co_mutex m298; void f298(void) { co_mutex_lock(&m298); f299(); co_mutex_unlock(&m298); }
static co_mutex m299; void f299(void) { co_mutex_lock(&m299); f300(); co_mutex_unlock(&m299); }
static co_mutex m300; void f300(void) { co_mutex_lock(&m300); f301(); co_mutex_unlock(&m300); }
static co_mutex m301; void f301(void) { co_mutex_lock(&m301); f302(); co_mutex_unlock(&m301); }
static co_mutex m302; void f302(void) { co_mutex_lock(&m302); f303(); co_mutex_unlock(&m302); }
static co_mutex m303; void f303(void) { co_mutex_lock(&m303); f304(); co_mutex_unlock(&m303); }
static co_mutex m304; void f304(void) { co_mutex_lock(&m304); f305(); co_mutex_unlock(&m304); }
static co_mutex m305; void f305(void) { co_mutex_lock(&m305); f306(); co_mutex_unlock(&m305); }
static co_mutex m306; void f306(void) { co_mutex_lock(&m306); f307(); co_mutex_unlock(&m306); }
static co_mutex m307; void f307(void) { co_mutex_lock(&m307); f308(); co_mutex_unlock(&m307); }
static co_mutex m308; void f308(void) { co_mutex_lock(&m308); f309(); co_mutex_unlock(&m308); }
static co_mutex m309; void f309(void) { co_mutex_lock(&m309); f310(); co_mutex_unlock(&m309); }
static co_mutex m310; void f310(void) { co_mutex_lock(&m310); f311(); co_mutex_unlock(&m310); }
static co_mutex m311; void f311(void) { co_mutex_lock(&m311); f312(); co_mutex_unlock(&m311); }
static co_mutex m312; void f312(void) { co_mutex_lock(&m312); f313(); co_mutex_unlock(&m312); }
static co_mutex m313; void f313(void) { co_mutex_lock(&m313); f314(); co_mutex_unlock(&m313); }
static co_mutex m314; void f314(void) { co_mutex_lock(&m314); f315(); co_mutex_unlock(&m314); }
static co_mutex m315; void f315(void) { co_mutex_lock(&m315); f316(); co_mutex_unlock(&m315); }
static co_mutex m316; void f316(void) { co_mutex_lock(&m316); f317(); co_mutex_unlock(&m316); }
static co_mutex m317; void f317(void) { co_mutex_lock(&m317); f318(); co_mutex_unlock(&m317); }
static co_mutex m318; void f318(void) { co_mutex_lock(&m318); f319(); co_mutex_unlock(&m318); }
static co_mutex m319; void f319(void) { co_mutex_lock(&m319); f320(); co_mutex_unlock(&m319); }
static co_mutex m320; void f320(void) { co_mutex_lock(&m320); f321(); co_mutex_unlock(&m320); }
static co_mutex m321; void f321(void) { co_mutex_lock(&m321); f322(); co_mutex_unlock(&m321); }
static co_mutex m322; void f322(void) { co_mutex_lock(&m322); f323(); co_mutex_unlock(&m322); }
static co_mutex m323; void f323(void) { co_mutex_lock(&m323); f324(); co_mutex_unlock(&m323); }
static co_mutex m324; void f324(void) { co_mutex_lock(&m324); f325(); co_mutex_unlock(&m324); }
static co_mutex m325; void f325(void) { co_mutex_lock(&m325); f326(); co_mutex_unlock(&m325); }
static co_mutex m326; void f326(void) { co_mutex_lock(&m326); f327(); co_mutex_unlock(&m326); }
static co_mutex m327; void f327(void) { co_mutex_lock(&m327); f328(); co_mutex_unlock(&m327); }
static co_mutex m328; void f328(void) { co_mutex_lock(&m328); f329(); co_mutex_unlock(&m328); }
static co_mutex m329; void f329(void) { co_mutex_lock(&m329); f330(); co_mutex_unlock(&m329); }
static co_mutex m330; void f330(void) { co_mutex_lock(&m330); f331(); co_mutex_unlock(&m330); }
static co_mutex m331; void f331(void) { co_mutex_lock(&m331); f332(); co_mutex_unlock(&m331); }
static co_mutex m332; void f332(void) { co_mutex_lock(&m332); f333(); co_mutex_unlock(&m332); }
static co_mutex m333; void f333(void) { co_mutex_lock(&m333); f334(); co_mutex_unlock(&m333); }
static co_mutex m334; void f334(void) { co_mutex_lock(&m334); f335(); co_mutex_unlock(&m334); }
static co_mutex m335; void f335(void) { co_mutex_lock(&m335); f336(); co_mutex_unlock(&m335); }
static co_mutex m336; void f336(void) { co_mutex_lock(&m336); f337(); co_mutex_unlock(&m336); }
static co_mutex m337; void f337(void) { co_mutex_lock(&m337); f338(); co_mutex_unlock(&m337); }
static co_mutex m338; void f338(void) { co_mutex_lock(&m338); f339(); co_mutex_unlock(&m338); }
static co_mutex m339; void f339(void) { co_mutex_lock(&m339); f340(); co_mutex_unlock(&m339); }
static co_mutex m340; void f340(void) { co_mutex_lock(&m340); f341(); co_mutex_unlock(&m340); }
static co_mutex m341; void f341(void) { co_mutex_lock(&m341); f342(); co_mutex_unlock(&m341); }
static co_mutex m342; void f342(void) { co_mutex_lock(&m342); f343(); co_mutex_unlock(&m342); }
static co_mutex m343; void f343(void) { co_mutex_lock(&m343); f344(); co_mutex_unlock(&m343); }
static co_mutex m344; void f344(void) { co_mutex_lock(&m344); f345(); co_mutex_unlock(&m344); }
static co_mutex m345; void f345(void) { co_mutex_lock(&m345); f346(); co_mutex_unlock(&m345); }
static co_mutex m346; void f346(void) { co_mutex_lock(&m346); f347(); co_mutex_unlock(&m346); }
static co_mutex m347; void f347(void) { co_mutex_lock(&m347); f348(); co_mutex_unlock(&m347); }
static co_mutex m348; void f348(void) { co_mutex_lock(&m348); f349(); co_mutex_unlock(&m348); }
static co_mutex m349; void f349(void) { co_mutex_lock(&m349); f350(); co_mutex_unlock(&m349); }
static co_mutex m350; void f350(void) { co_mutex_lock(&m350); f351(); co_mutex_unlock(&m350); }
static co_mutex m351; void f351(void) { co_mutex_lock(&m351); f352(); co_mutex_unlock(&m351); }
static co_mutex m352; void f352(void) { co_mutex_lock(&m352); f353(); co_mutex_unlock(&m352); }
static co_mutex m353; void f353(void) { co_mutex_lock(&m353); f354(); co_mutex_unlock(&m353); }
static co_mutex m354; void f354(void) { co_mutex_lock(&m354); f355(); co_mutex_unlock(&m354); }
static co_mutex m355; void f355(void) { co_mutex_lock(&m355); f356(); co_mutex_unlock(&m355); }
static co_mutex m356; void f356(void) { co_mutex_lock(&m356); f357(); co_mutex_unlock(&m356); }
static co_mutex m357; void f357(void) { co_mutex_lock(&m357); f358(); co_mutex_unlock(&m357); }
static co_mutex m358; void f358(void) { co_mutex_lock(&m358); f359(); co_mutex_unlock(&m358); }
static co_mutex m359; void f359(void) { co_mutex_lock(&m359); f360(); co_mutex_unlock(&m359); }
static co_mutex m360; void f360(void) { co_mutex_lock(&m360); f361(); co_mutex_unlock(&m360); }
static co_mutex m361; void f361(void) { co_mutex_lock(&m361); f362(); co_mutex_unlock(&m361); }
static co_mutex m362; void f362(void) { co_mutex_lock(&m362); f363(); co_mutex_unlock(&m362); }
static co_mutex m363; void f363(void) { co_mutex_lock(&m363); f364(); co_mutex_unlock(&m363); }
static co_mutex m364; void f364(void) { co_mutex_lock(&m364); f365(); co_mutex_unlock(&m364); }
static co_mutex m365; void f365(void) { co_mutex_lock(&m365); f366(); co_mutex_unlock(&m365); }
static co_mutex m366; void f366(void) { co_mutex_lock(&m366); f367(); co_mutex_unlock(&m366); }
static co_mutex m367; void f367(void) { co_mutex_lock(&m367); f368(); co_mutex_unlock(&m367); }
static co_mutex m368; void f368(void) { co_mutex_lock(&m368); f369(); co_mutex_unlock(&m368); }
static co_mutex m369; void f369(void) { co_mutex_lock(&m369); f370(); co_mutex_unlock(&m369); }
static co_mutex m370; void f370(void) { co_mutex_lock(&m370); f371(); co_mutex_unlock(&m370); }
static co_mutex m371; void f371(void) { co_mutex_lock(&m371); f372(); co_mutex_unlock(&m371); }
static co_mutex m372; void f372(void) { co_mutex_lock(&m372); f373(); co_mutex_unlock(&m372); }
static co_mutex m373; void f373(void) { co_mutex_lock(&m373); f374(); co_mutex_unlock(&m373); }
static co_mutex m374; void f374(void) { co_mutex_lock(&m374); f375(); co_mutex_unlock(&m374); }
static co_mutex m375; void f375(void) { co_mutex_lock(&m375); f376(); co_mutex_unlock(&m375); }
static co_mutex m376; void f376(void) { co_mutex_lock(&m376); f377(); co_mutex_unlock(&m376); }
static co_mutex m377; void f377(void) { co_mutex_lock(&m377); f378(); co_mutex_unlock(&m377); }
static co_mutex m378; void f378(void) { co_mutex_lock(&m378); f379(); co_mutex_unlock(&m378); }
static co_mutex m379; void f379(void) { co_mutex_lock(&m379); f380(); co_mutex_unlock(&m379); }
static co_mutex m380; void f380(void) { co_mutex_lock(&m380); f381(); co_mutex_unlock(&m380); }
static co_mutex m381; void f381(void) { co_mutex_lock(&m381); f382(); co_mutex_unlock(&m381); }
static co_mutex m382; void f382(void) { co_mutex_lock(&m382); f383(); co_mutex_unlock(&m382); }
static co_mutex m383; void f383(void) { co_mutex_lock(&m383); f384(); co_mutex_unlock(&m383); }
static co_mutex m384; void f384(void) { co_mutex_lock(&m384); f385(); co_mutex_unlock(&m384); }
static co_mutex m385; void f385(void) { co_mutex_lock(&m385); f386(); co_mutex_unlock(&m385); }
static co_mutex m386; void f386(void) { co_mutex_lock(&m386); f387(); co_mutex_unlock(&m386); }
static co_mutex m387; void f387(void) { co_mutex_lock(&m387); f388(); co_mutex_unlock(&m387); }
static co_mutex m388; void f388(void) { co_mutex_lock(&m388); f389(); co_mutex_unlock(&m388); }
static co_mutex m389; void f389(void) { co_mutex_lock(&m389); f390(); co_mutex_unlock(&m389); }
static co_mutex m390; void f390(void) { co_mutex_lock(&m390); f391(); co_mutex_unlock(&m390); }
static co_mutex m391; void f391(void) { co_mutex_lock(&m391); f392(); co_mutex_unlock(&m391); }
static co_mutex m392; void f392(void) { co_mutex_lock(&m392); f393(); co_mutex_unlock(&m392); }
static co_mutex m393; void f393(void) { co_mutex_lock(&m393); f394(); co_mutex_unlock(&m393); }
static co_mutex m394; void f394(void) { co_mutex_lock(&m394); f395(); co_mutex_unlock(&m394); }
static co_mutex m395; void f395(void) { co_mutex_lock(&m395); f396(); co_mutex_unlock(&m395); }
static co_mutex m396; void f396(void) { co_mutex_lock(&m396); f397(); co_mutex_unlock(&m396); }
static co_mutex m397; void f397(void) { co_mutex_lock(&m397); f398(); co_mutex_unlock(&m397); }
static co_mutex m398; void f398(void) { co_mutex_lock(&m398); f399(); co_mutex_unlock(&m398); }
static co_mutex m399; void f399(void) { co_mutex_lock(&m399); f400(); co_mutex_unlock(&m399); }
static co_mutex m400; void f400(void) { co_mutex_lock(&m400); f401(); co_mutex_unlock(&m400); }
static co_mutex m401; void f401(void) { co_mutex_lock(&m401); f402(); co_mutex_unlock(&m401); }
static co_mutex m402; void f402(void) { co_mutex_lock(&m402); f403(); co_mutex_unlock(&m402); }
static co_mutex m403; void f403(void) { co_mutex_lock(&m403); f404(); co_mutex_unlock(&m403); }
static co_mutex m404; void f404(void) { co_mutex_lock(&m404); f405(); co_mutex_unlock(&m404); }
static co_mutex m405; void f405(void) { co_mutex_lock(&m405); f406(); co_mutex_unlock(&m405); }
static co_mutex m406; void f406(void) { co_mutex_lock(&m406); f407(); co_mutex_unlock(&m406); }
static co_mutex m407; void f407(void) { co_mutex_lock(&m407); f408(); co_mutex_unlock(&m407); }
static co_mutex m408; void f408(void) { co_mutex_lock(&m408); f409(); co_mutex_unlock(&m408); }
static co_mutex m409; void f409(void) { co_mutex_lock(&m409); f410(); co_mutex_unlock(&m409); }
static co_mutex m410; void f410(void) { co_mutex_lock(&m410); f411(); co_mutex_unlock(&m410); }
static co_mutex m411; void f411(void) { co_mutex_lock(&m411); f412(); co_mutex_unlock(&m411); }
static co_mutex m412; void f412(void) { co_mutex_lock(&m412); f413(); co_mutex_unlock(&m412); }
static co_mutex m413; void f413(void) { co_mutex_lock(&m413); f414(); co_mutex_unlock(&m413); }
static co_mutex m414; void f414(void) { co_mutex_lock(&m414); f415(); co_mutex_unlock(&m414); }
static co_mutex m415; void f415(void) { co_mutex_lock(&m415); f416(); co_mutex_unlock(&m415); }
static co_mutex m416; void f416(void) { co_mutex_lock(&m416); f417(); co_mutex_unlock(&m416); }
static co_mutex m417; void f417(void) { co_mutex_lock(&m417); f418(); co_mutex_unlock(&m417); }
static co_mutex m418; void f418(void) { co_mutex_lock(&m418); f419(); co_mutex_unlock(&m418); }
static co_mutex m419; void f419(void) { co_mutex_lock(&m419); f420(); co_mutex_unlock(&m419); }
static co_mutex m420; void f420(void) { co_mutex_lock(&m420); f421(); co_mutex_unlock(&m420); }
static co_mutex m421; void f421(void) { co_mutex_lock(&m421); f422(); co_mutex_unlock(&m421); }
static co_mutex m422; void f422(void) { co_mutex_lock(&m422); f423(); co_mutex_unlock(&m422); }
static co_mutex m423; void f423(void) { co_mutex_lock(&m423); f424(); co_mutex_unlock(&m423); }
static co_mutex m424; void f424(void) { co_mutex_lock(&m424); f425(); co_mutex_unlock(&m424); }
static co_mutex m425; void f425(void) { co_mutex_lock(&m425); f426(); co_mutex_unlock(&m425); }
static co_mutex m426; void f426(void) { co_mutex_lock(&m426); f427(); co_mutex_unlock(&m426); }
static co_mutex m427; void f427(void) { co_mutex_lock(&m427); f428(); co_mutex_unlock(&m427); }
static co_mutex m428; void f428(void) { co_mutex_lock(&m428); f429(); co_mutex_unlock(&m428); }
static co_mutex m429; void f429(void) { co_mutex_lock(&m429); f430(); co_mutex_unlock(&m429); }
static co_mutex m430; void f430(void) { co_mutex_lock(&m430); f431(); co_mutex_unlock(&m430); }
static co_mutex m431; void f431(void) { co_mutex_lock(&m431); f432(); co_mutex_unlock(&m431); }
static co_mutex m432; void f432(void) { co_mutex_lock(&m432); f433(); co_mutex_unlock(&m432); }
static co_mutex m433; void f433(void) { co_mutex_lock(&m433); f434(); co_mutex_unlock(&m433); }
static co_mutex m434; void f434(void) { co_mutex_lock(&m434); f435(); co_mutex_unlock(&m434); }
static co_mutex m435; void f435(void) { co_mutex_lock(&m435); f436(); co_mutex_unlock(&m435); }
static co_mutex m436; void f436(void) { co_mutex_lock(&m436); f437(); co_mutex_unlock(&m436); }
static co_mutex m437; void f437(void) { co_mutex_lock(&m437); f438(); co_mutex_unlock(&m437); }
static co_mutex m438; void f438(void) { co_mutex_lock(&m438); f439(); co_mutex_unlock(&m438); }
static co_mutex m439; void f439(void) { co_mutex_lock(&m439); f440(); co_mutex_unlock(&m439); }
static co_mutex m440; void f440(void) { co_mutex_lock(&m440); f441(); co_mutex_unlock(&m440); }
static co_mutex m441; void f441(void) { co_mutex_lock(&m441); f442(); co_mutex_unlock(&m441); }
static co_mutex m442; void f442(void) { co_mutex_lock(&m442); f443(); co_mutex_unlock(&m442); }
static co_mutex m443; void f443(void) { co_mutex_lock(&m443); f444(); co_mutex_unlock(&m443); }
static co_mutex m444; void f444(void) { co_mutex_lock(&m444); f445(); co_mutex_unlock(&m444); }
static co_mutex m445; void f445(void) { co_mutex_lock(&m445); f446(); co_mutex_unlock(&m445); }
static co_mutex m446; void f446(void) { co_mutex_lock(&m446); f447(); co_mutex_unlock(&m446); }
static co_mutex m447; void f447(void) { co_mutex_lock(&m447); f448(); co_mutex_unlock(&m447); }
static co_mutex m448; void f448(void) { co_mutex_lock(&m448); f449(); co_mutex_unlock(&m448); }
static co_mutex m449; void f449(void) { co_mutex_lock(&m449); f450(); co_mutex_unlock(&m449); }
static co_mutex m450; void f450(void) { co_mutex_lock(&m450); f451(); co_mutex_unlock(&m450); }
static co_mutex m451; void f451(void) { co_mutex_lock(&m451); f452(); co_mutex_unlock(&m451); }
static co_mutex m452; void f452(void) { co_mutex_lock(&m452); f453(); co_mutex_unlock(&m452); }
static co_mutex m453; void f453(void) { co_mutex_lock(&m453); f454(); co_mutex_unlock(&m453); }
static co_mutex m454; void f454(void) { co_mutex_lock(&m454); f455(); co_mutex_unlock(&m454); }
static co_mutex m455; void f455(void) { co_mutex_lock(&m455); f456(); co_mutex_unlock(&m455); }
static co_mutex m456; void f456(void) { co_mutex_lock(&m456); f457(); co_mutex_unlock(&m456); }
static co_mutex m457; void f457(void) { co_mutex_lock(&m457); f458(); co_mutex_unlock(&m457); }
static co_mutex m458; void f458(void) { co_mutex_lock(&m458); f459(); co_mutex_unlock(&m458); }
static co_mutex m459; void f459(void) { co_mutex_lock(&m459); f460(); co_mutex_unlock(&m459); }
static co_mutex m460; void f460(void) { co_mutex_lock(&m460); f461(); co_mutex_unlock(&m460); }
static co_mutex m461; void f461(void) { co_mutex_lock(&m461); f462(); co_mutex_unlock(&m461); }
static co_mutex m462; void f462(void) { co_mutex_lock(&m462); f463(); co_mutex_unlock(&m462); }
static co_mutex m463; void f463(void) { co_mutex_lock(&m463); f464(); co_mutex_unlock(&m463); }
static co_mutex m464; void f464(void) { co_mutex_lock(&m464); f465(); co_mutex_unlock(&m464); }
static co_mutex m465; void f465(void) { co_mutex_lock(&m465); f466(); co_mutex_unlock(&m465); }
static co_mutex m466; void f466(void) { co_mutex_lock(&m466); f467(); co_mutex_unlock(&m466); }
static co_mutex m467; void f467(void) { co_mutex_lock(&m467); f468(); co_mutex_unlock(&m467); }
static co_mutex m468; void f468(void) { co_mutex_lock(&m468); f469(); co_mutex_unlock(&m468); }
static co_mutex m469; void f469(void) { co_mutex_lock(&m469); f470(); co_mutex_unlock(&m469); }
static co_mutex m470; void f470(void) { co_mutex_lock(&m470); f471(); co_mutex_unlock(&m470); }
static co_mutex m471; void f471(void) { co_mutex_lock(&m471); f472(); co_mutex_unlock(&m471); }
static co_mutex m472; void f472(void) { co_mutex_lock(&m472); f473(); co_mutex_unlock(&m472); }
static co_mutex m473; void f473(void) { co_mutex_lock(&m473); f474(); co_mutex_unlock(&m473); }
static co_mutex m474; void f474(void) { co_mutex_lock(&m474); f475(); co_mutex_unlock(&m474); }
static co_mutex m475; void f475(void) { co_mutex_lock(&m475); f476(); co_mutex_unlock(&m475); }
static co_mutex m476; void f476(void) { co_mutex_lock(&m476); f477(); co_mutex_unlock(&m476); }
static co_mutex m477; void f477(void) { co_mutex_lock(&m477); f478(); co_mutex_unlock(&m477); }
static co_mutex m478; void f478(void) { co_mutex_lock(&m478); f479(); co_mutex_unlock(&m478); }
static co_mutex m479; void f479(void) { co_mutex_lock(&m479); f480(); co_mutex_unlock(&m479); }
static co_mutex m480; void f480(void) { co_mutex_lock(&m480); f481(); co_mutex_unlock(&m480); }
static co_mutex m481; void f481(void) { co_mutex_lock(&m481); f482(); co_mutex_unlock(&m481); }
static co_mutex m482; void f482(void) { co_mutex_lock(&m482); f483(); co_mutex_unlock(&m482); }
static co_mutex m483; void f483(void) { co_mutex_lock(&m483); f484(); co_mutex_unlock(&m483); }
static co_mutex m484; void f484(void) { co_mutex_lock(&m484); f485(); co_mutex_unlock(&m484); }
static co_mutex m485; void f485(void) { co_mutex_lock(&m485); f486(); co_mutex_unlock(&m485); }
static co_mutex m486; void f486(void) { co_mutex_lock(&m486); f487(); co_mutex_unlock(&m486); }
static co_mutex m487; void f487(void) { co_mutex_lock(&m487); f488(); co_mutex_unlock(&m487); }
static co_mutex m488; void f488(void) { co_mutex_lock(&m488); f489(); co_mutex_unlock(&m488); }
static co_mutex m489; void f489(void) { co_mutex_lock(&m489); f490(); co_mutex_unlock(&m489); }
static co_mutex m490; void f490(void) { co_mutex_lock(&m490); f491(); co_mutex_unlock(&m490); }
static co_mutex m491; void f491(void) { co_mutex_lock(&m491); f492(); co_mutex_unlock(&m491); }
static co_mutex m492; void f492(void) { co_mutex_lock(&m492); f493(); co_mutex_unlock(&m492); }
static co_mutex m493; void f493(void) { co_mutex_lock(&m493); f494(); co_mutex_unlock(&m493); }
static co_mutex m494; void f494(void) { co_mutex_lock(&m494); f495(); co_mutex_unlock(&m494); }
static co_mutex m495; void f495(void) { co_mutex_lock(&m495); f496(); co_mutex_unlock(&m495); }
static co_mutex m496; void f496(void) { co_mutex_lock(&m496); f497(); co_mutex_unlock(&m496); }
static co_mutex m497; void f497(void) { co_mutex_lock(&m497); f498(); co_mutex_unlock(&m497); }
static co_mutex m498; void f498(void) { co_mutex_lock(&m498); f499(); co_mutex_unlock(&m498); }
static co_mutex m499; void f499(void) { co_mutex_lock(&m499); f500(); co_mutex_unlock(&m499); }
static co_mutex m500; void f500(void) { co_mutex_lock(&m500); f501(); co_mutex_unlock(&m500); }
static co_mutex m501; void f501(void) { co_mutex_lock(&m501); f502(); co_mutex_unlock(&m501); }
static co_mutex m502; void f502(void) { co_mutex_lock(&m502); f503(); co_mutex_unlock(&m502); }
static co_mutex m503; void f503(void) { co_mutex_lock(&m503); f504(); co_mutex_unlock(&m503); }
static co_mutex m504; void f504(void) { co_mutex_lock(&m504); f505(); co_mutex_unlock(&m504); }
static co_mutex m505; void f505(void) { co_mutex_lock(&m505); f506(); co_mutex_unlock(&m505); }
static co_mutex m506; void f506(void) { co_mutex_lock(&m506); f507(); co_mutex_unlock(&m506); }
static co_mutex m507; void f507(void) { co_mutex_lock(&m507); f508(); co_mutex_unlock(&m507); }
static co_mutex m508; void f508(void) { co_mutex_lock(&m508); f509(); co_mutex_unlock(&m508); }
static co_mutex m509; void f509(void) { co_mutex_lock(&m509); f510(); co_mutex_unlock(&m509); }
static co_mutex m510; void f510(void) { co_mutex_lock(&m510); f511(); co_mutex_unlock(&m510); }
static co_mutex m511; void f511(void) { co_mutex_lock(&m511); f512(); co_mutex_unlock(&m511); }
static co_mutex m512; void f512(void) { co_mutex_lock(&m512); f513(); co_mutex_unlock(&m512); }
static co_mutex m513; void f513(void) { co_mutex_lock(&m513); f514(); co_mutex_unlock(&m513); }
static co_mutex m514; void f514(void) { co_mutex_lock(&m514); f515(); co_mutex_unlock(&m514); }
static co_mutex m515; void f515(void) { co_mutex_lock(&m515); f516(); co_mutex_unlock(&m515); }
static co_mutex m516; void f516(void) { co_mutex_lock(&m516); f517(); co_mutex_unlock(&m516); }
static co_mutex m517; void f517(void) { co_mutex_lock(&m517); f518(); co_mutex_unlock(&m517); }
static co_mutex m518; void f518(void) { co_mutex_lock(&m518); f519(); co_mutex_unlock(&m518); }
static co_mutex m519; void f519(void) { co_mutex_lock(&m519); f520(); co_mutex_unlock(&m519); }
static co_mutex m520; void f520(void) { co_mutex_lock(&m520); f521(); co_mutex_unlock(&m520); }
static co_mutex m521; void f521(void) { co_mutex_lock(&m521); f522(); co_mutex_unlock(&m521); }
static co_mutex m522; void f522(void) { co_mutex_lock(&m522); f523(); co_mutex_unlock(&m522); }
static co_mutex m523; void f523(void) { co_mutex_lock(&m523); f524(); co_mutex_unlock(&m523); }
static co_mutex m524; void f524(void) { co_mutex_lock(&m524); f525(); co_mutex_unlock(&m524); }
static co_mutex m525; void f525(void) { co_mutex_lock(&m525); f526(); co_mutex_unlock(&m525); }
static co_mutex m526; void f526(void) { co_mutex_lock(&m526); f527(); co_mutex_unlock(&m526); }
static co_mutex m527; void f527(void) { co_mutex_lock(&m527); f528(); co_mutex_unlock(&m527); }
static co_mutex m528; void f528(void) { co_mutex_lock(&m528); f529(); co_mutex_unlock(&m528); }
static co_mutex m529; void f529(void) { co_mutex_lock(&m529); f530(); co_mutex_unlock(&m529); }
static co_mutex m530; void f530(void) { co_mutex_lock(&m530); f531(); co_mutex_unlock(&m530); }
static co_mutex m531; void f531(void) { co_mutex_lock(&m531); f532(); co_mutex_unlock(&m531); }
static co_mutex m532; void f532(void) { co_mutex_lock(&m532); f533(); co_mutex_unlock(&m532); }
static co_mutex m533; void f533(void) { co_mutex_lock(&m533); f534(); co_mutex_unlock(&m533); }
static co_mutex m534; void f534(void) { co_mutex_lock(&m534); f535(); co_mutex_unlock(&m534); }
static co_mutex m535; void f535(void) { co_mutex_lock(&m535); f536(); co_mutex_unlock(&m535); }
static co_mutex m536; void f536(void) { co_mutex_lock(&m536); f537(); co_mutex_unlock(&m536); }
static co_mutex m537; void f537(void) { co_mutex_lock(&m537); f538(); co_mutex_unlock(&m537); }
static co_mutex m538; void f538(void) { co_mutex_lock(&m538); f539(); co_mutex_unlock(&m538); }
static co_mutex m539; void f539(void) { co_mutex_lock(&m539); f540(); co_mutex_unlock(&m539); }
static co_mutex m540; void f540(void) { co_mutex_lock(&m540); f541(); co_mutex_unlock(&m540); }
static co_mutex m541; void f541(void) { co_mutex_lock(&m541); f542(); co_mutex_unlock(&m541); }
static co_mutex m542; void f542(void) { co_mutex_lock(&m542); f543(); co_mutex_unlock(&m542); }
static co_mutex m543; void f543(void) { co_mutex_lock(&m543); f544(); co_mutex_unlock(&m543); }
static co_mutex m544; void f544(void) { co_mutex_lock(&m544); f545(); co_mutex_unlock(&m544); }
static co_mutex m545; void f545(void) { co_mutex_lock(&m545); f546(); co_mutex_unlock(&m545); }
static co_mutex m546; void f546(void) { co_mutex_lock(&m546); f547(); co_mutex_unlock(&m546); }
static co_mutex m547; void f547(void) { co_mutex_lock(&m547); f548(); co_mutex_unlock(&m547); }
static co_mutex m548; void f548(void) { co_mutex_lock(&m548); f549(); co_mutex_unlock(&m548); }
static co_mutex m549; void f549(void) { co_mutex_lock(&m549); f550(); co_mutex_unlock(&m549); }
static co_mutex m550; void f550(void) { co_mutex_lock(&m550); f551(); co_mutex_unlock(&m550); }
static co_mutex m551; void f551(void) { co_mutex_lock(&m551); f552(); co_mutex_unlock(&m551); }
static co_mutex m552; void f552(void) { co_mutex_lock(&m552); f553(); co_mutex_unlock(&m552); }
static co_mutex m553; void f553(void) { co_mutex_lock(&m553); f554(); co_mutex_unlock(&m553); }
static co_mutex m554; void f554(void) { co_mutex_lock(&m554); f555(); co_mutex_unlock(&m554); }
static co_mutex m555; void f555(void) { co_mutex_lock(&m555); f556(); co_mutex_unlock(&m555); }
static co_mutex m556; void f556(void) { co_mutex_lock(&m556); f557(); co_mutex_unlock(&m556); }
static co_mutex m557; void f557(void) { co_mutex_lock(&m557); f558(); co_mutex_unlock(&m557); }
static co_mutex m558; void f558(void) { co_mutex_lock(&m558); f559(); co_mutex_unlock(&m558); }
static co_mutex m559; void f559(void) { co_mutex_lock(&m559); f560(); co_mutex_unlock(&m559); }
static co_mutex m560; void f560(void) { co_mutex_lock(&m560); f561(); co_mutex_unlock(&m560); }
static co_mutex m561; void f561(void) { co_mutex_lock(&m561); f562(); co_mutex_unlock(&m561); }
static co_mutex m562; void f562(void) { co_mutex_lock(&m562); f563(); co_mutex_unlock(&m562); }
static co_mutex m563; void f563(void) { co_mutex_lock(&m563); f564(); co_mutex_unlock(&m563); }
static co_mutex m564; void f564(void) { co_mutex_lock(&m564); f565(); co_mutex_unlock(&m564); }
static co_mutex m565; void f565(void) { co_mutex_lock(&m565); f566(); co_mutex_unlock(&m565); }
static co_mutex m566; void f566(void) { co_mutex_lock(&m566); f567(); co_mutex_unlock(&m566); }
static co_mutex m567; void f567(void) { co_mutex_lock(&m567); f568(); co_mutex_unlock(&m567); }
static co_mutex m568; void f568(void) { co_mutex_lock(&m568); f569(); co_mutex_unlock(&m568); }
static co_mutex m569; void f569(void) { co_mutex_lock(&m569); f570(); co_mutex_unlock(&m569); }
static co_mutex m570; void f570(void) { co_mutex_lock(&m570); f571(); co_mutex_unlock(&m570); }
static co_mutex m571; void f571(void) { co_mutex_lock(&m571); f572(); co_mutex_unlock(&m571); }
static co_mutex m572; void f572(void) { co_mutex_lock(&m572); f573(); co_mutex_unlock(&m572); }
static co_mutex m573; void f573(void) { co_mutex_lock(&m573); f574(); co_mutex_unlock(&m573); }
static co_mutex m574; void f574(void) { co_mutex_lock(&m574); f575(); co_mutex_unlock(&m574); }
static co_mutex m575; void f575(void) { co_mutex_lock(&m575); f576(); co_mutex_unlock(&m575); }
static co_mutex m576; void f576(void) { co_mutex_lock(&m576); f577(); co_mutex_unlock(&m576); }
static co_mutex m577; void f577(void) { co_mutex_lock(&m577); f578(); co_mutex_unlock(&m577); }
static co_mutex m578; void f578(void) { co_mutex_lock(&m578); f579(); co_mutex_unlock(&m578); }
static co_mutex m579; void f579(void) { co_mutex_lock(&m579); f580(); co_mutex_unlock(&m579); }
static co_mutex m580; void f580(void) { co_mutex_lock(&m580); f581(); co_mutex_unlock(&m580); }
static co_mutex m581; void f581(void) { co_mutex_lock(&m581); f582(); co_mutex_unlock(&m581); }
static co_mutex m582; void f582(void) { co_mutex_lock(&m582); f583(); co_mutex_unlock(&m582); }
static co_mutex m583; void f583(void) { co_mutex_lock(&m583); f584(); co_mutex_unlock(&m583); }
static co_mutex m584; void f584(void) { co_mutex_lock(&m584); f585(); co_mutex_unlock(&m584); }
static co_mutex m585; void f585(void) { co_mutex_lock(&m585); f586(); co_mutex_unlock(&m585); }
static co_mutex m586; void f586(void) { co_mutex_lock(&m586); f587(); co_mutex_unlock(&m586); }
static co_mutex m587; void f587(void) { co_mutex_lock(&m587); f588(); co_mutex_unlock(&m587); }
static co_mutex m588; void f588(void) { co_mutex_lock(&m588); f589(); co_mutex_unlock(&m588); }
static co_mutex m589; void f589(void) { co_mutex_lock(&m589); f590(); co_mutex_unlock(&m589); }
static co_mutex m590; void f590(void) { co_mutex_lock(&m590); f591(); co_mutex_unlock(&m590); }
static co_mutex m591; void f591(void) { co_mutex_lock(&m591); f592(); co_mutex_unlock(&m591); }
static co_mutex m592; void f592(void) { co_mutex_lock(&m592); f593(); co_mutex_unlock(&m592); }
static co_mutex m593; void f593(void) { co_mutex_lock(&m593); f594(); co_mutex_unlock(&m593); }
static co_mutex m594; void f594(void) { co_mutex_lock(&m594); f595(); co_mutex_unlock(&m594); }
static co_mutex m595; void f595(void) { co_mutex_lock(&m595); f596(); co_mutex_unlock(&m595); }
static co_mutex m596; void f596(void) { co_mutex_lock(&m596); f597(); co_mutex_unlock(&m596); }
static co_mutex m597; void f597(void) { co_mutex_lock(&m597); f598(); co_mutex_unlock(&m597); }
static co_mutex m598; void f598(void) { co_mutex_lock(&m598); f599(); co_mutex_unlock(&m598); }
static co_mutex m599; void f599(void) { co_mutex_lock(&m599); f600(); co_mutex_unlock(&m599); }
static co_mutex m600; void f600(void) { co_mutex_lock(&m600); f601(); co_mutex_unlock(&m600); }
static co_mutex m601; void f601(void) { co_mutex_lock(&m601); f602(); co_mutex_unlock(&m601); }
static co_mutex m602; void f602(void) { co_mutex_lock(&m602); f603(); co_mutex_unlock(&m602); }
static co_mutex m603; void f603(void) { co_mutex_lock(&m603); f604(); co_mutex_unlock(&m603); }
static co_mutex m604; void f604(void) { co_mutex_lock(&m604); f605(); co_mutex_unlock(&m604); }
static co_mutex m605; void f605(void) { co_mutex_lock(&m605); f606(); co_mutex_unlock(&m605); }
static co_mutex m606; void f606(void) { co_mutex_lock(&m606); f607(); co_mutex_unlock(&m606); }
static co_mutex m607; void f607(void) { co_mutex_lock(&m607); f608(); co_mutex_unlock(&m607); }
static co_mutex m608; void f608(void) { co_mutex_lock(&m608); f609(); co_mutex_unlock(&m608); }
static co_mutex m609; void f609(void) { co_mutex_lock(&m609); f610(); co_mutex_unlock(&m609); }
static co_mutex m610; void f610(void) { co_mutex_lock(&m610); f611(); co_mutex_unlock(&m610); }
static co_mutex m611; void f611(void) { co_mutex_lock(&m611); f612(); co_mutex_unlock(&m611); }
static co_mutex m612; void f612(void) { co_mutex_lock(&m612); f613(); co_mutex_unlock(&m612); }
static co_mutex m613; void f613(void) { co_mutex_lock(&m613); f614(); co_mutex_unlock(&m613); }
static co_mutex m614; void f614(void) { co_mutex_lock(&m614); f615(); co_mutex_unlock(&m614); }
static co_mutex m615; void f615(void) { co_mutex_lock(&m615); f616(); co_mutex_unlock(&m615); }
static co_mutex m616; void f616(void) { co_mutex_lock(&m616); f617(); co_mutex_unlock(&m616); }
static co_mutex m617; void f617(void) { co_mutex_lock(&m617); f618(); co_mutex_unlock(&m617); }
static co_mutex m618; void f618(void) { co_mutex_lock(&m618); f619(); co_mutex_unlock(&m618); }
static co_mutex m619; void f619(void) { co_mutex_lock(&m619); f620(); co_mutex_unlock(&m619); }
static co_mutex m620; void f620(void) { co_mutex_lock(&m620); f621(); co_mutex_unlock(&m620); }
static co_mutex m621; void f621(void) { co_mutex_lock(&m621); f622(); co_mutex_unlock(&m621); }
static co_mutex m622; void f622(void) { co_mutex_lock(&m622); f623(); co_mutex_unlock(&m622); }
static co_mutex m623; void f623(void) { co_mutex_lock(&m623); f624(); co_mutex_unlock(&m623); }
static co_mutex m624; void f624(void) { co_mutex_lock(&m624); f625(); co_mutex_unlock(&m624); }
static co_mutex m625; void f625(void) { co_mutex_lock(&m625); f626(); co_mutex_unlock(&m625); }
static co_mutex m626; void f626(void) { co_mutex_lock(&m626); f627(); co_mutex_unlock(&m626); }
static co_mutex m627; void f627(void) { co_mutex_lock(&m627); f628(); co_mutex_unlock(&m627); }
static co_mutex m628; void f628(void) { co_mutex_lock(&m628); f629(); co_mutex_unlock(&m628); }
static co_mutex m629; void f629(void) { co_mutex_lock(&m629); f630(); co_mutex_unlock(&m629); }
static co_mutex m630; void f630(void) { co_mutex_lock(&m630); f631(); co_mutex_unlock(&m630); }
static co_mutex m631; void f631(void) { co_mutex_lock(&m631); f632(); co_mutex_unlock(&m631); }
static co_mutex m632; void f632(void) { co_mutex_lock(&m632); f633(); co_mutex_unlock(&m632); }
static co_mutex m633; void f633(void) { co_mutex_lock(&m633); f634(); co_mutex_unlock(&m633); }
static co_mutex m634; void f634(void) { co_mutex_lock(&m634); f635(); co_mutex_unlock(&m634); }
static co_mutex m635; void f635(void) { co_mutex_lock(&m635); f636(); co_mutex_unlock(&m635); }
static co_mutex m636; void f636(void) { co_mutex_lock(&m636); f637(); co_mutex_unlock(&m636); }
static co_mutex m637; void f637(void) { co_mutex_lock(&m637); f638(); co_mutex_unlock(&m637); }
static co_mutex m638; void f638(void) { co_mutex_lock(&m638); f639(); co_mutex_unlock(&m638); }
static co_mutex m639; void f639(void) { co_mutex_lock(&m639); f640(); co_mutex_unlock(&m639); }
static co_mutex m640; void f640(void) { co_mutex_lock(&m640); f641(); co_mutex_unlock(&m640); }
static co_mutex m641; void f641(void) { co_mutex_lock(&m641); f642(); co_mutex_unlock(&m641); }
static co_mutex m642; void f642(void) { co_mutex_lock(&m642); f643(); co_mutex_unlock(&m642); }
static co_mutex m643; void f643(void) { co_mutex_lock(&m643); f644(); co_mutex_unlock(&m643); }
static co_mutex m644; void f644(void) { co_mutex_lock(&m644); f645(); co_mutex_unlock(&m644); }
static co_mutex m645; void f645(void) { co_mutex_lock(&m645); f646(); co_mutex_unlock(&m645); }
static co_mutex m646; void f646(void) { co_mutex_lock(&m646); f647(); co_mutex_unlock(&m646); }
static co_mutex m647; void f647(void) { co_mutex_lock(&m647); f648(); co_mutex_unlock(&m647); }
static co_mutex m648; void f648(void) { co_mutex_lock(&m648); f649(); co_mutex_unlock(&m648); }
static co_mutex m649; void f649(void) { co_mutex_lock(&m649); f650(); co_mutex_unlock(&m649); }
static co_mutex m650; void f650(void) { co_mutex_lock(&m650); f651(); co_mutex_unlock(&m650); }
static co_mutex m651; void f651(void) { co_mutex_lock(&m651); f652(); co_mutex_unlock(&m651); }
static co_mutex m652; void f652(void) { co_mutex_lock(&m652); f653(); co_mutex_unlock(&m652); }
static co_mutex m653; void f653(void) { co_mutex_lock(&m653); f654(); co_mutex_unlock(&m653); }
static co_mutex m654; void f654(void) { co_mutex_lock(&m654); f655(); co_mutex_unlock(&m654); }
static co_mutex m655; void f655(void) { co_mutex_lock(&m655); f656(); co_mutex_unlock(&m655); }
static co_mutex m656; void f656(void) { co_mutex_lock(&m656); f657(); co_mutex_unlock(&m656); }
static co_mutex m657; void f657(void) { co_mutex_lock(&m657); f658(); co_mutex_unlock(&m657); }
static co_mutex m658; void f658(void) { co_mutex_lock(&m658); f659(); co_mutex_unlock(&m658); }
static co_mutex m659; void f659(void) { co_mutex_lock(&m659); f660(); co_mutex_unlock(&m659); }
static co_mutex m660; void f660(void) { co_mutex_lock(&m660); f661(); co_mutex_unlock(&m660); }
static co_mutex m661; void f661(void) { co_mutex_lock(&m661); f662(); co_mutex_unlock(&m661); }
static co_mutex m662; void f662(void) { co_mutex_lock(&m662); f663(); co_mutex_unlock(&m662); }
static co_mutex m663; void f663(void) { co_mutex_lock(&m663); f664(); co_mutex_unlock(&m663); }
static co_mutex m664; void f664(void) { co_mutex_lock(&m664); f665(); co_mutex_unlock(&m664); }
static co_mutex m665; void f665(void) { co_mutex_lock(&m665); f666(); co_mutex_unlock(&m665); }
static co_mutex m666; void f666(void) { co_mutex_lock(&m666); f667(); co_mutex_unlock(&m666); }
static co_mutex m667; void f667(void) { co_mutex_lock(&m667); f668(); co_mutex_unlock(&m667); }
static co_mutex m668; void f668(void) { co_mutex_lock(&m668); f669(); co_mutex_unlock(&m668); }
static co_mutex m669; void f669(void) { co_mutex_lock(&m669); f670(); co_mutex_unlock(&m669); }
static co_mutex m670; void f670(void) { co_mutex_lock(&m670); f671(); co_mutex_unlock(&m670); }
static co_mutex m671; void f671(void) { co_mutex_lock(&m671); f672(); co_mutex_unlock(&m671); }
static co_mutex m672; void f672(void) { co_mutex_lock(&m672); f673(); co_mutex_unlock(&m672); }
static co_mutex m673; void f673(void) { co_mutex_lock(&m673); f674(); co_mutex_unlock(&m673); }
static co_mutex m674; void f674(void) { co_mutex_lock(&m674); f675(); co_mutex_unlock(&m674); }
static co_mutex m675; void f675(void) { co_mutex_lock(&m675); f676(); co_mutex_unlock(&m675); }
static co_mutex m676; void f676(void) { co_mutex_lock(&m676); f677(); co_mutex_unlock(&m676); }
static co_mutex m677; void f677(void) { co_mutex_lock(&m677); f678(); co_mutex_unlock(&m677); }
static co_mutex m678; void f678(void) { co_mutex_lock(&m678); f679(); co_mutex_unlock(&m678); }
static co_mutex m679; void f679(void) { co_mutex_lock(&m679); f680(); co_mutex_unlock(&m679); }
static co_mutex m680; void f680(void) { co_mutex_lock(&m680); f681(); co_mutex_unlock(&m680); }
static co_mutex m681; void f681(void) { co_mutex_lock(&m681); f682(); co_mutex_unlock(&m681); }
static co_mutex m682; void f682(void) { co_mutex_lock(&m682); f683(); co_mutex_unlock(&m682); }
static co_mutex m683; void f683(void) { co_mutex_lock(&m683); f684(); co_mutex_unlock(&m683); }
static co_mutex m684; void f684(void) { co_mutex_lock(&m684); f685(); co_mutex_unlock(&m684); }
static co_mutex m685; void f685(void) { co_mutex_lock(&m685); f686(); co_mutex_unlock(&m685); }
static co_mutex m686; void f686(void) { co_mutex_lock(&m686); f687(); co_mutex_unlock(&m686); }
static co_mutex m687; void f687(void) { co_mutex_lock(&m687); f688(); co_mutex_unlock(&m687); }
static co_mutex m688; void f688(void) { co_mutex_lock(&m688); f689(); co_mutex_unlock(&m688); }
static co_mutex m689; void f689(void) { co_mutex_lock(&m689); f690(); co_mutex_unlock(&m689); }
static co_mutex m690; void f690(void) { co_mutex_lock(&m690); f691(); co_mutex_unlock(&m690); }
static co_mutex m691; void f691(void) { co_mutex_lock(&m691); f692(); co_mutex_unlock(&m691); }
static co_mutex m692; void f692(void) { co_mutex_lock(&m692); f693(); co_mutex_unlock(&m692); }
static co_mutex m693; void f693(void) { co_mutex_lock(&m693); f694(); co_mutex_unlock(&m693); }
static co_mutex m694; void f694(void) { co_mutex_lock(&m694); f695(); co_mutex_unlock(&m694); }
static co_mutex m695; void f695(void) { co_mutex_lock(&m695); f696(); co_mutex_unlock(&m695); }
static co_mutex m696; void f696(void) { co_mutex_lock(&m696); f697(); co_mutex_unlock(&m696); }
static co_mutex m697; void f697(void) { co_mutex_lock(&m697); f698(); co_mutex_unlock(&m697); }
static co_mutex m698; void f698(void) { co_mutex_lock(&m698); f699(); co_mutex_unlock(&m698); }
static co_mutex m699; void f699(void) { co_mutex_lock(&m699); f700(); co_mutex_unlock(&m699); }
static co_mutex m700; void f700(void) { co_mutex_lock(&m700); f701(); co_mutex_unlock(&m700); }
static co_mutex m701; void f701(void) { co_mutex_lock(&m701); f702(); co_mutex_unlock(&m701); }
static co_mutex m702; void f702(void) { co_mutex_lock(&m702); f703(); co_mutex_unlock(&m702); }
static co_mutex m703; void f703(void) { co_mutex_lock(&m703); f704(); co_mutex_unlock(&m703); }
static co_mutex m704; void f704(void) { co_mutex_lock(&m704); f705(); co_mutex_unlock(&m704); }
static co_mutex m705; void f705(void) { co_mutex_lock(&m705); f706(); co_mutex_unlock(&m705); }
static co_mutex m706; void f706(void) { co_mutex_lock(&m706); f707(); co_mutex_unlock(&m706); }
static co_mutex m707; void f707(void) { co_mutex_lock(&m707); f708(); co_mutex_unlock(&m707); }
static co_mutex m708; void f708(void) { co_mutex_lock(&m708); f709(); co_mutex_unlock(&m708); }
static co_mutex m709; void f709(void) { co_mutex_lock(&m709); f710(); co_mutex_unlock(&m709); }
static co_mutex m710; void f710(void) { co_mutex_lock(&m710); f711(); co_mutex_unlock(&m710); }
static co_mutex m711; void f711(void) { co_mutex_lock(&m711); f712(); co_mutex_unlock(&m711); }
static co_mutex m712; void f712(void) { co_mutex_lock(&m712); f713(); co_mutex_unlock(&m712); }
static co_mutex m713; void f713(void) { co_mutex_lock(&m713); f714(); co_mutex_unlock(&m713); }
static co_mutex m714; void f714(void) { co_mutex_lock(&m714); f715(); co_mutex_unlock(&m714); }
static co_mutex m715; void f715(void) { co_mutex_lock(&m715); f716(); co_mutex_unlock(&m715); }
static co_mutex m716; void f716(void) { co_mutex_lock(&m716); f717(); co_mutex_unlock(&m716); }
static co_mutex m717; void f717(void) { co_mutex_lock(&m717); f718(); co_mutex_unlock(&m717); }
static co_mutex m718; void f718(void) { co_mutex_lock(&m718); f719(); co_mutex_unlock(&m718); }
static co_mutex m719; void f719(void) { co_mutex_lock(&m719); f720(); co_mutex_unlock(&m719); }
static co_mutex m720; void f720(void) { co_mutex_lock(&m720); f721(); co_mutex_unlock(&m720); }
static co_mutex m721; void f721(void) { co_mutex_lock(&m721); f722(); co_mutex_unlock(&m721); }
static co_mutex m722; void f722(void) { co_mutex_lock(&m722); f723(); co_mutex_unlock(&m722); }
static co_mutex m723; void f723(void) { co_mutex_lock(&m723); f724(); co_mutex_unlock(&m723); }
static co_mutex m724; void f724(void) { co_mutex_lock(&m724); f725(); co_mutex_unlock(&m724); }
static co_mutex m725; void f725(void) { co_mutex_lock(&m725); f726(); co_mutex_unlock(&m725); }
static co_mutex m726; void f726(void) { co_mutex_lock(&m726); f727(); co_mutex_unlock(&m726); }
static co_mutex m727; void f727(void) { co_mutex_lock(&m727); f728(); co_mutex_unlock(&m727); }
static co_mutex m728; void f728(void) { co_mutex_lock(&m728); f729(); co_mutex_unlock(&m728); }
static co_mutex m729; void f729(void) { co_mutex_lock(&m729); f730(); co_mutex_unlock(&m729); }
static co_mutex m730; void f730(void) { co_mutex_lock(&m730); f731(); co_mutex_unlock(&m730); }
static co_mutex m731; void f731(void) { co_mutex_lock(&m731); f732(); co_mutex_unlock(&m731); }
static co_mutex m732; void f732(void) { co_mutex_lock(&m732); f733(); co_mutex_unlock(&m732); }
static co_mutex m733; void f733(void) { co_mutex_lock(&m733); f734(); co_mutex_unlock(&m733); }
static co_mutex m734; void f734(void) { co_mutex_lock(&m734); f735(); co_mutex_unlock(&m734); }
static co_mutex m735; void f735(void) { co_mutex_lock(&m735); f736(); co_mutex_unlock(&m735); }
static co_mutex m736; void f736(void) { co_mutex_lock(&m736); f737(); co_mutex_unlock(&m736); }
static co_mutex m737; void f737(void) { co_mutex_lock(&m737); f738(); co_mutex_unlock(&m737); }
static co_mutex m738; void f738(void) { co_mutex_lock(&m738); f739(); co_mutex_unlock(&m738); }
static co_mutex m739; void f739(void) { co_mutex_lock(&m739); f740(); co_mutex_unlock(&m739); }
static co_mutex m740; void f740(void) { co_mutex_lock(&m740); f741(); co_mutex_unlock(&m740); }
static co_mutex m741; void f741(void) { co_mutex_lock(&m741); f742(); co_mutex_unlock(&m741); }
static co_mutex m742; void f742(void) { co_mutex_lock(&m742); f743(); co_mutex_unlock(&m742); }
static co_mutex m743; void f743(void) { co_mutex_lock(&m743); f744(); co_mutex_unlock(&m743); }
static co_mutex m744; void f744(void) { co_mutex_lock(&m744); f745(); co_mutex_unlock(&m744); }
static co_mutex m745; void f745(void) { co_mutex_lock(&m745); f746(); co_mutex_unlock(&m745); }
static co_mutex m746; void f746(void) { co_mutex_lock(&m746); f747(); co_mutex_unlock(&m746); }
static co_mutex m747; void f747(void) { co_mutex_lock(&m747); f748(); co_mutex_unlock(&m747); }
static co_mutex m748; void f748(void) { co_mutex_lock(&m748); f749(); co_mutex_unlock(&m748); }
static co_mutex m749; void f749(void) { co_mutex_lock(&m749); f750(); co_mutex_unlock(&m749); }
static co_mutex m750; void f750(void) { co_mutex_lock(&m750); f751(); co_mutex_unlock(&m750); }
static co_mutex m751; void f751(void) { co_mutex_lock(&m751); f752(); co_mutex_unlock(&m751); }
static co_mutex m752; void f752(void) { co_mutex_lock(&m752); f753(); co_mutex_unlock(&m752); }
static co_mutex m753; void f753(void) { co_mutex_lock(&m753); f754(); co_mutex_unlock(&m753); }
static co_mutex m754; void f754(void) { co_mutex_lock(&m754); f755(); co_mutex_unlock(&m754); }
static co_mutex m755; void f755(void) { co_mutex_lock(&m755); f756(); co_mutex_unlock(&m755); }
static co_mutex m756; void f756(void) { co_mutex_lock(&m756); f757(); co_mutex_unlock(&m756); }
static co_mutex m757; void f757(void) { co_mutex_lock(&m757); f758(); co_mutex_unlock(&m757); }
static co_mutex m758; void f758(void) { co_mutex_lock(&m758); f759(); co_mutex_unlock(&m758); }
static co_mutex m759; void f759(void) { co_mutex_lock(&m759); f760(); co_mutex_unlock(&m759); }
static co_mutex m760; void f760(void) { co_mutex_lock(&m760); f761(); co_mutex_unlock(&m760); }
static co_mutex m761; void f761(void) { co_mutex_lock(&m761); f762(); co_mutex_unlock(&m761); }
static co_mutex m762; void f762(void) { co_mutex_lock(&m762); f763(); co_mutex_unlock(&m762); }
static co_mutex m763; void f763(void) { co_mutex_lock(&m763); f764(); co_mutex_unlock(&m763); }
static co_mutex m764; void f764(void) { co_mutex_lock(&m764); f765(); co_mutex_unlock(&m764); }
static co_mutex m765; void f765(void) { co_mutex_lock(&m765); f766(); co_mutex_unlock(&m765); }
static co_mutex m766; void f766(void) { co_mutex_lock(&m766); f767(); co_mutex_unlock(&m766); }
static co_mutex m767; void f767(void) { co_mutex_lock(&m767); f768(); co_mutex_unlock(&m767); }
static co_mutex m768; void f768(void) { co_mutex_lock(&m768); f769(); co_mutex_unlock(&m768); }
static co_mutex m769; void f769(void) { co_mutex_lock(&m769); f770(); co_mutex_unlock(&m769); }
static co_mutex m770; void f770(void) { co_mutex_lock(&m770); f771(); co_mutex_unlock(&m770); }
static co_mutex m771; void f771(void) { co_mutex_lock(&m771); f772(); co_mutex_unlock(&m771); }
static co_mutex m772; void f772(void) { co_mutex_lock(&m772); f773(); co_mutex_unlock(&m772); }
static co_mutex m773; void f773(void) { co_mutex_lock(&m773); f774(); co_mutex_unlock(&m773); }
static co_mutex m774; void f774(void) { co_mutex_lock(&m774); f775(); co_mutex_unlock(&m774); }
static co_mutex m775; void f775(void) { co_mutex_lock(&m775); f776(); co_mutex_unlock(&m775); }
static co_mutex m776; void f776(void) { co_mutex_lock(&m776); f777(); co_mutex_unlock(&m776); }
static co_mutex m777; void f777(void) { co_mutex_lock(&m777); f778(); co_mutex_unlock(&m777); }
static co_mutex m778; void f778(void) { co_mutex_lock(&m778); f779(); co_mutex_unlock(&m778); }
static co_mutex m779; void f779(void) { co_mutex_lock(&m779); f780(); co_mutex_unlock(&m779); }
static co_mutex m780; void f780(void) { co_mutex_lock(&m780); f781(); co_mutex_unlock(&m780); }
static co_mutex m781; void f781(void) { co_mutex_lock(&m781); f782(); co_mutex_unlock(&m781); }
static co_mutex m782; void f782(void) { co_mutex_lock(&m782); f783(); co_mutex_unlock(&m782); }
static co_mutex m783; void f783(void) { co_mutex_lock(&m783); f784(); co_mutex_unlock(&m783); }
static co_mutex m784; void f784(void) { co_mutex_lock(&m784); f785(); co_mutex_unlock(&m784); }
static co_mutex m785; void f785(void) { co_mutex_lock(&m785); f786(); co_mutex_unlock(&m785); }
static co_mutex m786; void f786(void) { co_mutex_lock(&m786); f787(); co_mutex_unlock(&m786); }
static co_mutex m787; void f787(void) { co_mutex_lock(&m787); f788(); co_mutex_unlock(&m787); }
static co_mutex m788; void f788(void) { co_mutex_lock(&m788); f789(); co_mutex_unlock(&m788); }
static co_mutex m789; void f789(void) { co_mutex_lock(&m789); f790(); co_mutex_unlock(&m789); }
static co_mutex m790; void f790(void) { co_mutex_lock(&m790); f791(); co_mutex_unlock(&m790); }
static co_mutex m791; void f791(void) { co_mutex_lock(&m791); f792(); co_mutex_unlock(&m791); }
static co_mutex m792; void f792(void) { co_mutex_lock(&m792); f793(); co_mutex_unlock(&m792); }
static co_mutex m793; void f793(void) { co_mutex_lock(&m793); f794(); co_mutex_unlock(&m793); }
static co_mutex m794; void f794(void) { co_mutex_lock(&m794); f795(); co_mutex_unlock(&m794); }
static co_mutex m795; void f795(void) { co_mutex_lock(&m795); f796(); co_mutex_unlock(&m795); }
static co_mutex m796; void f796(void) { co_mutex_lock(&m796); f797(); co_mutex_unlock(&m796); }
static co_mutex m797; void f797(void) { co_mutex_lock(&m797); f798(); co_mutex_unlock(&m797); }
static co_mutex m798; void f798(void) { co_mutex_lock(&m798); f799(); co_mutex_unlock(&m798); }
static co_mutex m799; void f799(void) { co_mutex_lock(&m799); f800(); co_mutex_unlock(&m799); }
static co_mutex m800; void f800(void) { co_mutex_lock(&m800); f801(); co_mutex_unlock(&m800); }
static co_mutex m801; void f801(void) { co_mutex_lock(&m801); f802(); co_mutex_unlock(&m801); }
static co_mutex m802; void f802(void) { co_mutex_lock(&m802); f803(); co_mutex_unlock(&m802); }
static co_mutex m803; void f803(void) { co_mutex_lock(&m803); f804(); co_mutex_unlock(&m803); }
static co_mutex m804; void f804(void) { co_mutex_lock(&m804); f805(); co_mutex_unlock(&m804); }
static co_mutex m805; void f805(void) { co_mutex_lock(&m805); f806(); co_mutex_unlock(&m805); }
static co_mutex m806; void f806(void) { co_mutex_lock(&m806); f807(); co_mutex_unlock(&m806); }
static co_mutex m807; void f807(void) { co_mutex_lock(&m807); f808(); co_mutex_unlock(&m807); }
static co_mutex m808; void f808(void) { co_mutex_lock(&m808); f809(); co_mutex_unlock(&m808); }
static co_mutex m809; void f809(void) { co_mutex_lock(&m809); f810(); co_mutex_unlock(&m809); }
static co_mutex m810; void f810(void) { co_mutex_lock(&m810); f811(); co_mutex_unlock(&m810); }
static co_mutex m811; void f811(void) { co_mutex_lock(&m811); f812(); co_mutex_unlock(&m811); }
static co_mutex m812; void f812(void) { co_mutex_lock(&m812); f813(); co_mutex_unlock(&m812); }
static co_mutex m813; void f813(void) { co_mutex_lock(&m813); f814(); co_mutex_unlock(&m813); }
static co_mutex m814; void f814(void) { co_mutex_lock(&m814); f815(); co_mutex_unlock(&m814); }
static co_mutex m815; void f815(void) { co_mutex_lock(&m815); f816(); co_mutex_unlock(&m815); }
static co_mutex m816; void f816(void) { co_mutex_lock(&m816); f817(); co_mutex_unlock(&m816); }
static co_mutex m817; void f817(void) { co_mutex_lock(&m817); f818(); co_mutex_unlock(&m817); }
static co_mutex m818; void f818(void) { co_mutex_lock(&m818); f819(); co_mutex_unlock(&m818); }
static co_mutex m819; void f819(void) { co_mutex_lock(&m819); f820(); co_mutex_unlock(&m819); }
static co_mutex m820; void f820(void) { co_mutex_lock(&m820); f821(); co_mutex_unlock(&m820); }
static co_mutex m821; void f821(void) { co_mutex_lock(&m821); f822(); co_mutex_unlock(&m821); }
static co_mutex m822; void f822(void) { co_mutex_lock(&m822); f823(); co_mutex_unlock(&m822); }
static co_mutex m823; void f823(void) { co_mutex_lock(&m823); f824(); co_mutex_unlock(&m823); }
static co_mutex m824; void f824(void) { co_mutex_lock(&m824); f825(); co_mutex_unlock(&m824); }
static co_mutex m825; void f825(void) { co_mutex_lock(&m825); f826(); co_mutex_unlock(&m825); }
static co_mutex m826; void f826(void) { co_mutex_lock(&m826); f827(); co_mutex_unlock(&m826); }
static co_mutex m827; void f827(void) { co_mutex_lock(&m827); f828(); co_mutex_unlock(&m827); }
static co_mutex m828; void f828(void) { co_mutex_lock(&m828); f829(); co_mutex_unlock(&m828); }
static co_mutex m829; void f829(void) { co_mutex_lock(&m829); f830(); co_mutex_unlock(&m829); }
static co_mutex m830; void f830(void) { co_mutex_lock(&m830); f831(); co_mutex_unlock(&m830); }
static co_mutex m831; void f831(void) { co_mutex_lock(&m831); f832(); co_mutex_unlock(&m831); }
static co_mutex m832; void f832(void) { co_mutex_lock(&m832); f833(); co_mutex_unlock(&m832); }
static co_mutex m833; void f833(void) { co_mutex_lock(&m833); f834(); co_mutex_unlock(&m833); }
static co_mutex m834; void f834(void) { co_mutex_lock(&m834); f835(); co_mutex_unlock(&m834); }
static co_mutex m835; void f835(void) { co_mutex_lock(&m835); f836(); co_mutex_unlock(&m835); }
static co_mutex m836; void f836(void) { co_mutex_lock(&m836); f837(); co_mutex_unlock(&m836); }
static co_mutex m837; void f837(void) { co_mutex_lock(&m837); f838(); co_mutex_unlock(&m837); }
static co_mutex m838; void f838(void) { co_mutex_lock(&m838); f839(); co_mutex_unlock(&m838); }
static co_mutex m839; void f839(void) { co_mutex_lock(&m839); f840(); co_mutex_unlock(&m839); }
static co_mutex m840; void f840(void) { co_mutex_lock(&m840); f841(); co_mutex_unlock(&m840); }
static co_mutex m841; void f841(void) { co_mutex_lock(&m841); f842(); co_mutex_unlock(&m841); }
static co_mutex m842; void f842(void) { co_mutex_lock(&m842); f843(); co_mutex_unlock(&m842); }
static co_mutex m843; void f843(void) { co_mutex_lock(&m843); f844(); co_mutex_unlock(&m843); }
static co_mutex m844; void f844(void) { co_mutex_lock(&m844); f845(); co_mutex_unlock(&m844); }
static co_mutex m845; void f845(void) { co_mutex_lock(&m845); f846(); co_mutex_unlock(&m845); }
static co_mutex m846; void f846(void) { co_mutex_lock(&m846); f847(); co_mutex_unlock(&m846); }
static co_mutex m847; void f847(void) { co_mutex_lock(&m847); f848(); co_mutex_unlock(&m847); }
static co_mutex m848; void f848(void) { co_mutex_lock(&m848); f849(); co_mutex_unlock(&m848); }
static co_mutex m849; void f849(void) { co_mutex_lock(&m849); f850(); co_mutex_unlock(&m849); }
static co_mutex m850; void f850(void) { co_mutex_lock(&m850); f851(); co_mutex_unlock(&m850); }
static co_mutex m851; void f851(void) { co_mutex_lock(&m851); f852(); co_mutex_unlock(&m851); }
static co_mutex m852; void f852(void) { co_mutex_lock(&m852); f853(); co_mutex_unlock(&m852); }
static co_mutex m853; void f853(void) { co_mutex_lock(&m853); f854(); co_mutex_unlock(&m853); }
static co_mutex m854; void f854(void) { co_mutex_lock(&m854); f855(); co_mutex_unlock(&m854); }
static co_mutex m855; void f855(void) { co_mutex_lock(&m855); f856(); co_mutex_unlock(&m855); }
static co_mutex m856; void f856(void) { co_mutex_lock(&m856); f857(); co_mutex_unlock(&m856); }
static co_mutex m857; void f857(void) { co_mutex_lock(&m857); f858(); co_mutex_unlock(&m857); }
static co_mutex m858; void f858(void) { co_mutex_lock(&m858); f859(); co_mutex_unlock(&m858); }
static co_mutex m859; void f859(void) { co_mutex_lock(&m859); f860(); co_mutex_unlock(&m859); }
static co_mutex m860; void f860(void) { co_mutex_lock(&m860); f861(); co_mutex_unlock(&m860); }
static co_mutex m861; void f861(void) { co_mutex_lock(&m861); f862(); co_mutex_unlock(&m861); }
static co_mutex m862; void f862(void) { co_mutex_lock(&m862); f863(); co_mutex_unlock(&m862); }
static co_mutex m863; void f863(void) { co_mutex_lock(&m863); f864(); co_mutex_unlock(&m863); }
static co_mutex m864; void f864(void) { co_mutex_lock(&m864); f865(); co_mutex_unlock(&m864); }
static co_mutex m865; void f865(void) { co_mutex_lock(&m865); f866(); co_mutex_unlock(&m865); }
static co_mutex m866; void f866(void) { co_mutex_lock(&m866); f867(); co_mutex_unlock(&m866); }
static co_mutex m867; void f867(void) { co_mutex_lock(&m867); f868(); co_mutex_unlock(&m867); }
static co_mutex m868; void f868(void) { co_mutex_lock(&m868); f869(); co_mutex_unlock(&m868); }
static co_mutex m869; void f869(void) { co_mutex_lock(&m869); f870(); co_mutex_unlock(&m869); }
static co_mutex m870; void f870(void) { co_mutex_lock(&m870); f871(); co_mutex_unlock(&m870); }
static co_mutex m871; void f871(void) { co_mutex_lock(&m871); f872(); co_mutex_unlock(&m871); }
static co_mutex m872; void f872(void) { co_mutex_lock(&m872); f873(); co_mutex_unlock(&m872); }
static co_mutex m873; void f873(void) { co_mutex_lock(&m873); f874(); co_mutex_unlock(&m873); }
static co_mutex m874; void f874(void) { co_mutex_lock(&m874); f875(); co_mutex_unlock(&m874); }
static co_mutex m875; void f875(void) { co_mutex_lock(&m875); f876(); co_mutex_unlock(&m875); }
static co_mutex m876; void f876(void) { co_mutex_lock(&m876); f877(); co_mutex_unlock(&m876); }
static co_mutex m877; void f877(void) { co_mutex_lock(&m877); f878(); co_mutex_unlock(&m877); }
static co_mutex m878; void f878(void) { co_mutex_lock(&m878); f879(); co_mutex_unlock(&m878); }
static co_mutex m879; void f879(void) { co_mutex_lock(&m879); f880(); co_mutex_unlock(&m879); }
static co_mutex m880; void f880(void) { co_mutex_lock(&m880); f881(); co_mutex_unlock(&m880); }
static co_mutex m881; void f881(void) { co_mutex_lock(&m881); f882(); co_mutex_unlock(&m881); }
static co_mutex m882; void f882(void) { co_mutex_lock(&m882); f883(); co_mutex_unlock(&m882); }
static co_mutex m883; void f883(void) { co_mutex_lock(&m883); f884(); co_mutex_unlock(&m883); }
static co_mutex m884; void f884(void) { co_mutex_lock(&m884); f885(); co_mutex_unlock(&m884); }
static co_mutex m885; void f885(void) { co_mutex_lock(&m885); f886(); co_mutex_unlock(&m885); }
static co_mutex m886; void f886(void) { co_mutex_lock(&m886); f887(); co_mutex_unlock(&m886); }
static co_mutex m887; void f887(void) { co_mutex_lock(&m887); f888(); co_mutex_unlock(&m887); }
static co_mutex m888; void f888(void) { co_mutex_lock(&m888); f889(); co_mutex_unlock(&m888); }
static co_mutex m889; void f889(void) { co_mutex_lock(&m889); f890(); co_mutex_unlock(&m889); }
static co_mutex m890; void f890(void) { co_mutex_lock(&m890); f891(); co_mutex_unlock(&m890); }
static co_mutex m891; void f891(void) { co_mutex_lock(&m891); f892(); co_mutex_unlock(&m891); }
static co_mutex m892; void f892(void) { co_mutex_lock(&m892); f893(); co_mutex_unlock(&m892); }
static co_mutex m893; void f893(void) { co_mutex_lock(&m893); f894(); co_mutex_unlock(&m893); }
static co_mutex m894; void f894(void) { co_mutex_lock(&m894); f895(); co_mutex_unlock(&m894); }
static co_mutex m895; void f895(void) { co_mutex_lock(&m895); f896(); co_mutex_unlock(&m895); }
static co_mutex m896; void f896(void) { co_mutex_lock(&m896); f897(); co_mutex_unlock(&m896); }
static co_mutex m897; void f897(void) { co_mutex_lock(&m897); f898(); co_mutex_unlock(&m897); }
static co_mutex m898; void f898(void) { co_mutex_lock(&m898); f899(); co_mutex_unlock(&m898); }
static co_mutex m899; void f899(void) { co_mutex_lock(&m899); f900(); co_mutex_unlock(&m899); }
static co_mutex m900; void f900(void) { co_mutex_lock(&m900); f901(); co_mutex_unlock(&m900); }
static co_mutex m901; void f901(void) { co_mutex_lock(&m901); f902(); co_mutex_unlock(&m901); }
static co_mutex m902; void f902(void) { co_mutex_lock(&m902); f903(); co_mutex_unlock(&m902); }
static co_mutex m903; void f903(void) { co_mutex_lock(&m903); f904(); co_mutex_unlock(&m903); }
static co_mutex m904; void f904(void) { co_mutex_lock(&m904); f905(); co_mutex_unlock(&m904); }
static co_mutex m905; void f905(void) { co_mutex_lock(&m905); f906(); co_mutex_unlock(&m905); }
static co_mutex m906; void f906(void) { co_mutex_lock(&m906); f907(); co_mutex_unlock(&m906); }
static co_mutex m907; void f907(void) { co_mutex_lock(&m907); f908(); co_mutex_unlock(&m907); }
static co_mutex m908; void f908(void) { co_mutex_lock(&m908); f909(); co_mutex_unlock(&m908); }
static co_mutex m909; void f909(void) { co_mutex_lock(&m909); f910(); co_mutex_unlock(&m909); }
static co_mutex m910; void f910(void) { co_mutex_lock(&m910); f911(); co_mutex_unlock(&m910); }
static co_mutex m911; void f911(void) { co_mutex_lock(&m911); f912(); co_mutex_unlock(&m911); }
static co_mutex m912; void f912(void) { co_mutex_lock(&m912); f913(); co_mutex_unlock(&m912); }
static co_mutex m913; void f913(void) { co_mutex_lock(&m913); f914(); co_mutex_unlock(&m913); }
static co_mutex m914; void f914(void) { co_mutex_lock(&m914); f915(); co_mutex_unlock(&m914); }
static co_mutex m915; void f915(void) { co_mutex_lock(&m915); f916(); co_mutex_unlock(&m915); }
static co_mutex m916; void f916(void) { co_mutex_lock(&m916); f917(); co_mutex_unlock(&m916); }
static co_mutex m917; void f917(void) { co_mutex_lock(&m917); f918(); co_mutex_unlock(&m917); }
static co_mutex m918; void f918(void) { co_mutex_lock(&m918); f919(); co_mutex_unlock(&m918); }
static co_mutex m919; void f919(void) { co_mutex_lock(&m919); f920(); co_mutex_unlock(&m919); }
static co_mutex m920; void f920(void) { co_mutex_lock(&m920); f921(); co_mutex_unlock(&m920); }
static co_mutex m921; void f921(void) { co_mutex_lock(&m921); f922(); co_mutex_unlock(&m921); }
static co_mutex m922; void f922(void) { co_mutex_lock(&m922); f923(); co_mutex_unlock(&m922); }
static co_mutex m923; void f923(void) { co_mutex_lock(&m923); f924(); co_mutex_unlock(&m923); }
static co_mutex m924; void f924(void) { co_mutex_lock(&m924); f925(); co_mutex_unlock(&m924); }
static co_mutex m925; void f925(void) { co_mutex_lock(&m925); f926(); co_mutex_unlock(&m925); }
static co_mutex m926; void f926(void) { co_mutex_lock(&m926); f927(); co_mutex_unlock(&m926); }
static co_mutex m927; void f927(void) { co_mutex_lock(&m927); f928(); co_mutex_unlock(&m927); }
static co_mutex m928; void f928(void) { co_mutex_lock(&m928); f929(); co_mutex_unlock(&m928); }
static co_mutex m929; void f929(void) { co_mutex_lock(&m929); f930(); co_mutex_unlock(&m929); }
static co_mutex m930; void f930(void) { co_mutex_lock(&m930); f931(); co_mutex_unlock(&m930); }
static co_mutex m931; void f931(void) { co_mutex_lock(&m931); f932(); co_mutex_unlock(&m931); }
static co_mutex m932; void f932(void) { co_mutex_lock(&m932); f933(); co_mutex_unlock(&m932); }
static co_mutex m933; void f933(void) { co_mutex_lock(&m933); f934(); co_mutex_unlock(&m933); }
static co_mutex m934; void f934(void) { co_mutex_lock(&m934); f935(); co_mutex_unlock(&m934); }
static co_mutex m935; void f935(void) { co_mutex_lock(&m935); f936(); co_mutex_unlock(&m935); }
static co_mutex m936; void f936(void) { co_mutex_lock(&m936); f937(); co_mutex_unlock(&m936); }
static co_mutex m937; void f937(void) { co_mutex_lock(&m937); f938(); co_mutex_unlock(&m937); }
static co_mutex m938; void f938(void) { co_mutex_lock(&m938); f939(); co_mutex_unlock(&m938); }
static co_mutex m939; void f939(void) { co_mutex_lock(&m939); f940(); co_mutex_unlock(&m939); }
static co_mutex m940; void f940(void) { co_mutex_lock(&m940); f941(); co_mutex_unlock(&m940); }
static co_mutex m941; void f941(void) { co_mutex_lock(&m941); f942(); co_mutex_unlock(&m941); }
static co_mutex m942; void f942(void) { co_mutex_lock(&m942); f943(); co_mutex_unlock(&m942); }
static co_mutex m943; void f943(void) { co_mutex_lock(&m943); f944(); co_mutex_unlock(&m943); }
static co_mutex m944; void f944(void) { co_mutex_lock(&m944); f945(); co_mutex_unlock(&m944); }
static co_mutex m945; void f945(void) { co_mutex_lock(&m945); f946(); co_mutex_unlock(&m945); }
static co_mutex m946; void f946(void) { co_mutex_lock(&m946); f947(); co_mutex_unlock(&m946); }
static co_mutex m947; void f947(void) { co_mutex_lock(&m947); f948(); co_mutex_unlock(&m947); }
static co_mutex m948; void f948(void) { co_mutex_lock(&m948); f949(); co_mutex_unlock(&m948); }
static co_mutex m949; void f949(void) { co_mutex_lock(&m949); f950(); co_mutex_unlock(&m949); }
static co_mutex m950; void f950(void) { co_mutex_lock(&m950); f951(); co_mutex_unlock(&m950); }
static co_mutex m951; void f951(void) { co_mutex_lock(&m951); f952(); co_mutex_unlock(&m951); }
static co_mutex m952; void f952(void) { co_mutex_lock(&m952); f953(); co_mutex_unlock(&m952); }
static co_mutex m953; void f953(void) { co_mutex_lock(&m953); f954(); co_mutex_unlock(&m953); }
static co_mutex m954; void f954(void) { co_mutex_lock(&m954); f955(); co_mutex_unlock(&m954); }
static co_mutex m955; void f955(void) { co_mutex_lock(&m955); f956(); co_mutex_unlock(&m955); }
static co_mutex m956; void f956(void) { co_mutex_lock(&m956); f957(); co_mutex_unlock(&m956); }
static co_mutex m957; void f957(void) { co_mutex_lock(&m957); f958(); co_mutex_unlock(&m957); }
static co_mutex m958; void f958(void) { co_mutex_lock(&m958); f959(); co_mutex_unlock(&m958); }
static co_mutex m959; void f959(void) { co_mutex_lock(&m959); f960(); co_mutex_unlock(&m959); }
static co_mutex m960; void f960(void) { co_mutex_lock(&m960); f961(); co_mutex_unlock(&m960); }
static co_mutex m961; void f961(void) { co_mutex_lock(&m961); f962(); co_mutex_unlock(&m961); }
static co_mutex m962; void f962(void) { co_mutex_lock(&m962); f963(); co_mutex_unlock(&m962); }
static co_mutex m963; void f963(void) { co_mutex_lock(&m963); f964(); co_mutex_unlock(&m963); }
static co_mutex m964; void f964(void) { co_mutex_lock(&m964); f965(); co_mutex_unlock(&m964); }
static co_mutex m965; void f965(void) { co_mutex_lock(&m965); f966(); co_mutex_unlock(&m965); }
static co_mutex m966; void f966(void) { co_mutex_lock(&m966); f967(); co_mutex_unlock(&m966); }
static co_mutex m967; void f967(void) { co_mutex_lock(&m967); f968(); co_mutex_unlock(&m967); }
static co_mutex m968; void f968(void) { co_mutex_lock(&m968); f969(); co_mutex_unlock(&m968); }
static co_mutex m969; void f969(void) { co_mutex_lock(&m969); f970(); co_mutex_unlock(&m969); }
static co_mutex m970; void f970(void) { co_mutex_lock(&m970); f971(); co_mutex_unlock(&m970); }
static co_mutex m971; void f971(void) { co_mutex_lock(&m971); f972(); co_mutex_unlock(&m971); }
static co_mutex m972; void f972(void) { co_mutex_lock(&m972); f973(); co_mutex_unlock(&m972); }
static co_mutex m973; void f973(void) { co_mutex_lock(&m973); f974(); co_mutex_unlock(&m973); }
static co_mutex m974; void f974(void) { co_mutex_lock(&m974); f975(); co_mutex_unlock(&m974); }
static co_mutex m975; void f975(void) { co_mutex_lock(&m975); f976(); co_mutex_unlock(&m975); }
static co_mutex m976; void f976(void) { co_mutex_lock(&m976); f977(); co_mutex_unlock(&m976); }
static co_mutex m977; void f977(void) { co_mutex_lock(&m977); f978(); co_mutex_unlock(&m977); }
static co_mutex m978; void f978(void) { co_mutex_lock(&m978); f979(); co_mutex_unlock(&m978); }
static co_mutex m979; void f979(void) { co_mutex_lock(&m979); f980(); co_mutex_unlock(&m979); }
static co_mutex m980; void f980(void) { co_mutex_lock(&m980); f981(); co_mutex_unlock(&m980); }
static co_mutex m981; void f981(void) { co_mutex_lock(&m981); f982(); co_mutex_unlock(&m981); }
static co_mutex m982; void f982(void) { co_mutex_lock(&m982); f983(); co_mutex_unlock(&m982); }
static co_mutex m983; void f983(void) { co_mutex_lock(&m983); f984(); co_mutex_unlock(&m983); }
static co_mutex m984; void f984(void) { co_mutex_lock(&m984); f985(); co_mutex_unlock(&m984); }
static co_mutex m985; void f985(void) { co_mutex_lock(&m985); f986(); co_mutex_unlock(&m985); }
static co_mutex m986; void f986(void) { co_mutex_lock(&m986); f987(); co_mutex_unlock(&m986); }
static co_mutex m987; void f987(void) { co_mutex_lock(&m987); f988(); co_mutex_unlock(&m987); }
static co_mutex m988; void f988(void) { co_mutex_lock(&m988); f989(); co_mutex_unlock(&m988); }
static co_mutex m989; void f989(void) { co_mutex_lock(&m989); f990(); co_mutex_unlock(&m989); }
static co_mutex m990; void f990(void) { co_mutex_lock(&m990); f991(); co_mutex_unlock(&m990); }
static co_mutex m991; void f991(void) { co_mutex_lock(&m991); f992(); co_mutex_unlock(&m991); }
static co_mutex m992; void f992(void) { co_mutex_lock(&m992); f993(); co_mutex_unlock(&m992); }
static co_mutex m993; void f993(void) { co_mutex_lock(&m993); f994(); co_mutex_unlock(&m993); }
static co_mutex m994; void f994(void) { co_mutex_lock(&m994); f995(); co_mutex_unlock(&m994); }
static co_mutex m995; void f995(void) { co_mutex_lock(&m995); f996(); co_mutex_unlock(&m995); }
static co_mutex m996; void f996(void) { co_mutex_lock(&m996); f997(); co_mutex_unlock(&m996); }
static co_mutex m997; void f997(void) { co_mutex_lock(&m997); f998(); co_mutex_unlock(&m997); }
static co_mutex m998; void f998(void) { co_mutex_lock(&m998); f999(); co_mutex_unlock(&m998); }
static co_mutex m999; void f999(void) { co_mutex_lock(&m999); f1000(); co_mutex_unlock(&m999); }
static co_mutex m1000; void f1000(void) { co_mutex_lock(&m1000); f1001(); co_mutex_unlock(&m1000); }
static co_mutex m1001; void f1001(void) { co_mutex_lock(&m1001); f1002(); co_mutex_unlock(&m1001); }
static co_mutex m1002; void f1002(void) { co_mutex_lock(&m1002); f1003(); co_mutex_unlock(&m1002); }
static co_mutex m1003; void f1003(void) { co_mutex_lock(&m1003); f1004(); co_mutex_unlock(&m1003); }
static co_mutex m1004; void f1004(void) { co_mutex_lock(&m1004); f1005(); co_mutex_unlock(&m1004); }
static co_mutex m1005; void f1005(void) { co_mutex_lock(&m1005); f1006(); co_mutex_unlock(&m1005); }
static co_mutex m1006; void f1006(void) { co_mutex_lock(&m1006); f1007(); co_mutex_unlock(&m1006); }
static co_mutex m1007; void f1007(void) { co_mutex_lock(&m1007); f1008(); co_mutex_unlock(&m1007); }
static co_mutex m1008; void f1008(void) { co_mutex_lock(&m1008); f1009(); co_mutex_unlock(&m1008); }
static co_mutex m1009; void f1009(void) { co_mutex_lock(&m1009); f1010(); co_mutex_unlock(&m1009); }
static co_mutex m1010; void f1010(void) { co_mutex_lock(&m1010); f1011(); co_mutex_unlock(&m1010); }
static co_mutex m1011; void f1011(void) { co_mutex_lock(&m1011); f1012(); co_mutex_unlock(&m1011); }
static co_mutex m1012; void f1012(void) { co_mutex_lock(&m1012); f1013(); co_mutex_unlock(&m1012); }
static co_mutex m1013; void f1013(void) { co_mutex_lock(&m1013); f1014(); co_mutex_unlock(&m1013); }
static co_mutex m1014; void f1014(void) { co_mutex_lock(&m1014); f1015(); co_mutex_unlock(&m1014); }
static co_mutex m1015; void f1015(void) { co_mutex_lock(&m1015); f1016(); co_mutex_unlock(&m1015); }
static co_mutex m1016; void f1016(void) { co_mutex_lock(&m1016); f1017(); co_mutex_unlock(&m1016); }
static co_mutex m1017; void f1017(void) { co_mutex_lock(&m1017); f1018(); co_mutex_unlock(&m1017); }
static co_mutex m1018; void f1018(void) { co_mutex_lock(&m1018); f1019(); co_mutex_unlock(&m1018); }
static co_mutex m1019; void f1019(void) { co_mutex_lock(&m1019); f1020(); co_mutex_unlock(&m1019); }
static co_mutex m1020; void f1020(void) { co_mutex_lock(&m1020); f1021(); co_mutex_unlock(&m1020); }
static co_mutex m1021; void f1021(void) { co_mutex_lock(&m1021); f1022(); co_mutex_unlock(&m1021); }
static co_mutex m1022; void f1022(void) { co_mutex_lock(&m1022); f1023(); co_mutex_unlock(&m1022); }
static co_mutex m1023; void f1023(void) { co_mutex_lock(&m1023); f1024(); co_mutex_unlock(&m1023); }
static co_mutex m1024; void f1024(void) { co_mutex_lock(&m1024); f1025(); co_mutex_unlock(&m1024); }
static co_mutex m1025; void f1025(void) { co_mutex_lock(&m1025); f1026(); co_mutex_unlock(&m1025); }
static co_mutex m1026; void f1026(void) { co_mutex_lock(&m1026); f1027(); co_mutex_unlock(&m1026); }
static co_mutex m1027; void f1027(void) { co_mutex_lock(&m1027); f1028(); co_mutex_unlock(&m1027); }
static co_mutex m1028; void f1028(void) { co_mutex_lock(&m1028); f1029(); co_mutex_unlock(&m1028); }
static co_mutex m1029; void f1029(void) { co_mutex_lock(&m1029); f1030(); co_mutex_unlock(&m1029); }
static co_mutex m1030; void f1030(void) { co_mutex_lock(&m1030); f1031(); co_mutex_unlock(&m1030); }
static co_mutex m1031; void f1031(void) { co_mutex_lock(&m1031); f1032(); co_mutex_unlock(&m1031); }
static co_mutex m1032; void f1032(void) { co_mutex_lock(&m1032); f1033(); co_mutex_unlock(&m1032); }
static co_mutex m1033; void f1033(void) { co_mutex_lock(&m1033); f1034(); co_mutex_unlock(&m1033); }
static co_mutex m1034; void f1034(void) { co_mutex_lock(&m1034); f1035(); co_mutex_unlock(&m1034); }
static co_mutex m1035; void f1035(void) { co_mutex_lock(&m1035); f1036(); co_mutex_unlock(&m1035); }
static co_mutex m1036; void f1036(void) { co_mutex_lock(&m1036); f1037(); co_mutex_unlock(&m1036); }
static co_mutex m1037; void f1037(void) { co_mutex_lock(&m1037); f1038(); co_mutex_unlock(&m1037); }
static co_mutex m1038; void f1038(void) { co_mutex_lock(&m1038); f1039(); co_mutex_unlock(&m1038); }
static co_mutex m1039; void f1039(void) { co_mutex_lock(&m1039); f1040(); co_mutex_unlock(&m1039); }
static co_mutex m1040; void f1040(void) { co_mutex_lock(&m1040); f1041(); co_mutex_unlock(&m1040); }
static co_mutex m1041; void f1041(void) { co_mutex_lock(&m1041); f1042(); co_mutex_unlock(&m1041); }
static co_mutex m1042; void f1042(void) { co_mutex_lock(&m1042); f1043(); co_mutex_unlock(&m1042); }
static co_mutex m1043; void f1043(void) { co_mutex_lock(&m1043); f1044(); co_mutex_unlock(&m1043); }
static co_mutex m1044; void f1044(void) { co_mutex_lock(&m1044); f1045(); co_mutex_unlock(&m1044); }
static co_mutex m1045; void f1045(void) { co_mutex_lock(&m1045); f1046(); co_mutex_unlock(&m1045); }
static co_mutex m1046; void f1046(void) { co_mutex_lock(&m1046); f1047(); co_mutex_unlock(&m1046); }
static co_mutex m1047; void f1047(void) { co_mutex_lock(&m1047); f1048(); co_mutex_unlock(&m1047); }
static co_mutex m1048; void f1048(void) { co_mutex_lock(&m1048); f1049(); co_mutex_unlock(&m1048); }
static co_mutex m1049; void f1049(void) { co_mutex_lock(&m1049); f1050(); co_mutex_unlock(&m1049); }
static co_mutex m1050; void f1050(void) { co_mutex_lock(&m1050); f1051(); co_mutex_unlock(&m1050); }
static co_mutex m1051; void f1051(void) { co_mutex_lock(&m1051); f1052(); co_mutex_unlock(&m1051); }
static co_mutex m1052; void f1052(void) { co_mutex_lock(&m1052); f1053(); co_mutex_unlock(&m1052); }
static co_mutex m1053; void f1053(void) { co_mutex_lock(&m1053); f1054(); co_mutex_unlock(&m1053); }
static co_mutex m1054; void f1054(void) { co_mutex_lock(&m1054); f1055(); co_mutex_unlock(&m1054); }
static co_mutex m1055; void f1055(void) { co_mutex_lock(&m1055); f1056(); co_mutex_unlock(&m1055); }
static co_mutex m1056; void f1056(void) { co_mutex_lock(&m1056); f1057(); co_mutex_unlock(&m1056); }
static co_mutex m1057; void f1057(void) { co_mutex_lock(&m1057); f1058(); co_mutex_unlock(&m1057); }
static co_mutex m1058; void f1058(void) { co_mutex_lock(&m1058); f1059(); co_mutex_unlock(&m1058); }
static co_mutex m1059; void f1059(void) { co_mutex_lock(&m1059); f1060(); co_mutex_unlock(&m1059); }
static co_mutex m1060; void f1060(void) { co_mutex_lock(&m1060); f1061(); co_mutex_unlock(&m1060); }
static co_mutex m1061; void f1061(void) { co_mutex_lock(&m1061); f1062(); co_mutex_unlock(&m1061); }
static co_mutex m1062; void f1062(void) { co_mutex_lock(&m1062); f1063(); co_mutex_unlock(&m1062); }
static co_mutex m1063; void f1063(void) { co_mutex_lock(&m1063); f1064(); co_mutex_unlock(&m1063); }
static co_mutex m1064; void f1064(void) { co_mutex_lock(&m1064); f1065(); co_mutex_unlock(&m1064); }
static co_mutex m1065; void f1065(void) { co_mutex_lock(&m1065); f1066(); co_mutex_unlock(&m1065); }
static co_mutex m1066; void f1066(void) { co_mutex_lock(&m1066); f1067(); co_mutex_unlock(&m1066); }
static co_mutex m1067; void f1067(void) { co_mutex_lock(&m1067); f1068(); co_mutex_unlock(&m1067); }
static co_mutex m1068; void f1068(void) { co_mutex_lock(&m1068); f1069(); co_mutex_unlock(&m1068); }
static co_mutex m1069; void f1069(void) { co_mutex_lock(&m1069); f1070(); co_mutex_unlock(&m1069); }
static co_mutex m1070; void f1070(void) { co_mutex_lock(&m1070); f1071(); co_mutex_unlock(&m1070); }
static co_mutex m1071; void f1071(void) { co_mutex_lock(&m1071); f1072(); co_mutex_unlock(&m1071); }
static co_mutex m1072; void f1072(void) { co_mutex_lock(&m1072); f1073(); co_mutex_unlock(&m1072); }
static co_mutex m1073; void f1073(void) { co_mutex_lock(&m1073); f1074(); co_mutex_unlock(&m1073); }
static co_mutex m1074; void f1074(void) { co_mutex_lock(&m1074); f1075(); co_mutex_unlock(&m1074); }
static co_mutex m1075; void f1075(void) { co_mutex_lock(&m1075); f1076(); co_mutex_unlock(&m1075); }
static co_mutex m1076; void f1076(void) { co_mutex_lock(&m1076); f1077(); co_mutex_unlock(&m1076); }
static co_mutex m1077; void f1077(void) { co_mutex_lock(&m1077); f1078(); co_mutex_unlock(&m1077); }
static co_mutex m1078; void f1078(void) { co_mutex_lock(&m1078); f1079(); co_mutex_unlock(&m1078); }
static co_mutex m1079; void f1079(void) { co_mutex_lock(&m1079); f1080(); co_mutex_unlock(&m1079); }
static co_mutex m1080; void f1080(void) { co_mutex_lock(&m1080); f1081(); co_mutex_unlock(&m1080); }
static co_mutex m1081; void f1081(void) { co_mutex_lock(&m1081); f1082(); co_mutex_unlock(&m1081); }
static co_mutex m1082; void f1082(void) { co_mutex_lock(&m1082); f1083(); co_mutex_unlock(&m1082); }
static co_mutex m1083; void f1083(void) { co_mutex_lock(&m1083); f1084(); co_mutex_unlock(&m1083); }
static co_mutex m1084; void f1084(void) { co_mutex_lock(&m1084); f1085(); co_mutex_unlock(&m1084); }
static co_mutex m1085; void f1085(void) { co_mutex_lock(&m1085); f1086(); co_mutex_unlock(&m1085); }
static co_mutex m1086; void f1086(void) { co_mutex_lock(&m1086); f1087(); co_mutex_unlock(&m1086); }
static co_mutex m1087; void f1087(void) { co_mutex_lock(&m1087); f1088(); co_mutex_unlock(&m1087); }
static co_mutex m1088; void f1088(void) { co_mutex_lock(&m1088); f1089(); co_mutex_unlock(&m1088); }
static co_mutex m1089; void f1089(void) { co_mutex_lock(&m1089); f1090(); co_mutex_unlock(&m1089); }
static co_mutex m1090; void f1090(void) { co_mutex_lock(&m1090); f1091(); co_mutex_unlock(&m1090); }
static co_mutex m1091; void f1091(void) { co_mutex_lock(&m1091); f1092(); co_mutex_unlock(&m1091); }
static co_mutex m1092; void f1092(void) { co_mutex_lock(&m1092); f1093(); co_mutex_unlock(&m1092); }
static co_mutex m1093; void f1093(void) { co_mutex_lock(&m1093); f1094(); co_mutex_unlock(&m1093); }
static co_mutex m1094; void f1094(void) { co_mutex_lock(&m1094); f1095(); co_mutex_unlock(&m1094); }
static co_mutex m1095; void f1095(void) { co_mutex_lock(&m1095); f1096(); co_mutex_unlock(&m1095); }
static co_mutex m1096; void f1096(void) { co_mutex_lock(&m1096); f1097(); co_mutex_unlock(&m1096); }
static co_mutex m1097; void f1097(void) { co_mutex_lock(&m1097); f1098(); co_mutex_unlock(&m1097); }
static co_mutex m1098; void f1098(void) { co_mutex_lock(&m1098); f1099(); co_mutex_unlock(&m1098); }
static co_mutex m1099; void f1099(void) { co_mutex_lock(&m1099); f1100(); co_mutex_unlock(&m1099); }
static co_mutex m1100; void f1100(void) { co_mutex_lock(&m1100); f1101(); co_mutex_unlock(&m1100); }
static co_mutex m1101; void f1101(void) { co_mutex_lock(&m1101); f1102(); co_mutex_unlock(&m1101); }
static co_mutex m1102; void f1102(void) { co_mutex_lock(&m1102); f1103(); co_mutex_unlock(&m1102); }
static co_mutex m1103; void f1103(void) { co_mutex_lock(&m1103); f1104(); co_mutex_unlock(&m1103); }
static co_mutex m1104; void f1104(void) { co_mutex_lock(&m1104); f1105(); co_mutex_unlock(&m1104); }
static co_mutex m1105; void f1105(void) { co_mutex_lock(&m1105); f1106(); co_mutex_unlock(&m1105); }
static co_mutex m1106; void f1106(void) { co_mutex_lock(&m1106); f1107(); co_mutex_unlock(&m1106); }
static co_mutex m1107; void f1107(void) { co_mutex_lock(&m1107); f1108(); co_mutex_unlock(&m1107); }
static co_mutex m1108; void f1108(void) { co_mutex_lock(&m1108); f1109(); co_mutex_unlock(&m1108); }
static co_mutex m1109; void f1109(void) { co_mutex_lock(&m1109); f1110(); co_mutex_unlock(&m1109); }
static co_mutex m1110; void f1110(void) { co_mutex_lock(&m1110); f1111(); co_mutex_unlock(&m1110); }
static co_mutex m1111; void f1111(void) { co_mutex_lock(&m1111); f1112(); co_mutex_unlock(&m1111); }
static co_mutex m1112; void f1112(void) { co_mutex_lock(&m1112); f1113(); co_mutex_unlock(&m1112); }
static co_mutex m1113; void f1113(void) { co_mutex_lock(&m1113); f1114(); co_mutex_unlock(&m1113); }
static co_mutex m1114; void f1114(void) { co_mutex_lock(&m1114); f1115(); co_mutex_unlock(&m1114); }
static co_mutex m1115; void f1115(void) { co_mutex_lock(&m1115); f1116(); co_mutex_unlock(&m1115); }
static co_mutex m1116; void f1116(void) { co_mutex_lock(&m1116); f1117(); co_mutex_unlock(&m1116); }
static co_mutex m1117; void f1117(void) { co_mutex_lock(&m1117); f1118(); co_mutex_unlock(&m1117); }
static co_mutex m1118; void f1118(void) { co_mutex_lock(&m1118); f1119(); co_mutex_unlock(&m1118); }
static co_mutex m1119; void f1119(void) { co_mutex_lock(&m1119); f1120(); co_mutex_unlock(&m1119); }
static co_mutex m1120; void f1120(void) { co_mutex_lock(&m1120); f1121(); co_mutex_unlock(&m1120); }
static co_mutex m1121; void f1121(void) { co_mutex_lock(&m1121); f1122(); co_mutex_unlock(&m1121); }
static co_mutex m1122; void f1122(void) { co_mutex_lock(&m1122); f1123(); co_mutex_unlock(&m1122); }
static co_mutex m1123; void f1123(void) { co_mutex_lock(&m1123); f1124(); co_mutex_unlock(&m1123); }
static co_mutex m1124; void f1124(void) { co_mutex_lock(&m1124); f1125(); co_mutex_unlock(&m1124); }
static co_mutex m1125; void f1125(void) { co_mutex_lock(&m1125); f1126(); co_mutex_unlock(&m1125); }
static co_mutex m1126; void f1126(void) { co_mutex_lock(&m1126); f1127(); co_mutex_unlock(&m1126); }
static co_mutex m1127; void f1127(void) { co_mutex_lock(&m1127); f1128(); co_mutex_unlock(&m1127); }
static co_mutex m1128; void f1128(void) { co_mutex_lock(&m1128); f1129(); co_mutex_unlock(&m1128); }
static co_mutex m1129; void f1129(void) { co_mutex_lock(&m1129); f1130(); co_mutex_unlock(&m1129); }
static co_mutex m1130; void f1130(void) { co_mutex_lock(&m1130); f1131(); co_mutex_unlock(&m1130); }
static co_mutex m1131; void f1131(void) { co_mutex_lock(&m1131); f1132(); co_mutex_unlock(&m1131); }
static co_mutex m1132; void f1132(void) { co_mutex_lock(&m1132); f1133(); co_mutex_unlock(&m1132); }
static co_mutex m1133; void f1133(void) { co_mutex_lock(&m1133); f1134(); co_mutex_unlock(&m1133); }
static co_mutex m1134; void f1134(void) { co_mutex_lock(&m1134); f1135(); co_mutex_unlock(&m1134); }
static co_mutex m1135; void f1135(void) { co_mutex_lock(&m1135); f1136(); co_mutex_unlock(&m1135); }
static co_mutex m1136; void f1136(void) { co_mutex_lock(&m1136); f1137(); co_mutex_unlock(&m1136); }
static co_mutex m1137; void f1137(void) { co_mutex_lock(&m1137); f1138(); co_mutex_unlock(&m1137); }
static co_mutex m1138; void f1138(void) { co_mutex_lock(&m1138); f1139(); co_mutex_unlock(&m1138); }
static co_mutex m1139; void f1139(void) { co_mutex_lock(&m1139); f1140(); co_mutex_unlock(&m1139); }
static co_mutex m1140; void f1140(void) { co_mutex_lock(&m1140); f1141(); co_mutex_unlock(&m1140); }
static co_mutex m1141; void f1141(void) { co_mutex_lock(&m1141); f1142(); co_mutex_unlock(&m1141); }
static co_mutex m1142; void f1142(void) { co_mutex_lock(&m1142); f1143(); co_mutex_unlock(&m1142); }
static co_mutex m1143; void f1143(void) { co_mutex_lock(&m1143); f1144(); co_mutex_unlock(&m1143); }
static co_mutex m1144; void f1144(void) { co_mutex_lock(&m1144); f1145(); co_mutex_unlock(&m1144); }
static co_mutex m1145; void f1145(void) { co_mutex_lock(&m1145); f1146(); co_mutex_unlock(&m1145); }
static co_mutex m1146; void f1146(void) { co_mutex_lock(&m1146); f1147(); co_mutex_unlock(&m1146); }
static co_mutex m1147; void f1147(void) { co_mutex_lock(&m1147); f1148(); co_mutex_unlock(&m1147); }
static co_mutex m1148; void f1148(void) { co_mutex_lock(&m1148); f1149(); co_mutex_unlock(&m1148); }
static co_mutex m1149; void f1149(void) { co_mutex_lock(&m1149); f1150(); co_mutex_unlock(&m1149); }
static co_mutex m1150; void f1150(void) { co_mutex_lock(&m1150); f1151(); co_mutex_unlock(&m1150); }
static co_mutex m1151; void f1151(void) { co_mutex_lock(&m1151); f1152(); co_mutex_unlock(&m1151); }
static co_mutex m1152; void f1152(void) { co_mutex_lock(&m1152); f1153(); co_mutex_unlock(&m1152); }
static co_mutex m1153; void f1153(void) { co_mutex_lock(&m1153); f1154(); co_mutex_unlock(&m1153); }
static co_mutex m1154; void f1154(void) { co_mutex_lock(&m1154); f1155(); co_mutex_unlock(&m1154); }
static co_mutex m1155; void f1155(void) { co_mutex_lock(&m1155); f1156(); co_mutex_unlock(&m1155); }
static co_mutex m1156; void f1156(void) { co_mutex_lock(&m1156); f1157(); co_mutex_unlock(&m1156); }
static co_mutex m1157; void f1157(void) { co_mutex_lock(&m1157); f1158(); co_mutex_unlock(&m1157); }
static co_mutex m1158; void f1158(void) { co_mutex_lock(&m1158); f1159(); co_mutex_unlock(&m1158); }
static co_mutex m1159; void f1159(void) { co_mutex_lock(&m1159); f1160(); co_mutex_unlock(&m1159); }
static co_mutex m1160; void f1160(void) { co_mutex_lock(&m1160); f1161(); co_mutex_unlock(&m1160); }
static co_mutex m1161; void f1161(void) { co_mutex_lock(&m1161); f1162(); co_mutex_unlock(&m1161); }
static co_mutex m1162; void f1162(void) { co_mutex_lock(&m1162); f1163(); co_mutex_unlock(&m1162); }
static co_mutex m1163; void f1163(void) { co_mutex_lock(&m1163); f1164(); co_mutex_unlock(&m1163); }
static co_mutex m1164; void f1164(void) { co_mutex_lock(&m1164); f1165(); co_mutex_unlock(&m1164); }
static co_mutex m1165; void f1165(void) { co_mutex_lock(&m1165); f1166(); co_mutex_unlock(&m1165); }
static co_mutex m1166; void f1166(void) { co_mutex_lock(&m1166); f1167(); co_mutex_unlock(&m1166); }
static co_mutex m1167; void f1167(void) { co_mutex_lock(&m1167); f1168(); co_mutex_unlock(&m1167); }
static co_mutex m1168; void f1168(void) { co_mutex_lock(&m1168); f1169(); co_mutex_unlock(&m1168); }
static co_mutex m1169; void f1169(void) { co_mutex_lock(&m1169); f1170(); co_mutex_unlock(&m1169); }
static co_mutex m1170; void f1170(void) { co_mutex_lock(&m1170); f1171(); co_mutex_unlock(&m1170); }
static co_mutex m1171; void f1171(void) { co_mutex_lock(&m1171); f1172(); co_mutex_unlock(&m1171); }
static co_mutex m1172; void f1172(void) { co_mutex_lock(&m1172); f1173(); co_mutex_unlock(&m1172); }
static co_mutex m1173; void f1173(void) { co_mutex_lock(&m1173); f1174(); co_mutex_unlock(&m1173); }
static co_mutex m1174; void f1174(void) { co_mutex_lock(&m1174); f1175(); co_mutex_unlock(&m1174); }
static co_mutex m1175; void f1175(void) { co_mutex_lock(&m1175); f1176(); co_mutex_unlock(&m1175); }
static co_mutex m1176; void f1176(void) { co_mutex_lock(&m1176); f1177(); co_mutex_unlock(&m1176); }
static co_mutex m1177; void f1177(void) { co_mutex_lock(&m1177); f1178(); co_mutex_unlock(&m1177); }
static co_mutex m1178; void f1178(void) { co_mutex_lock(&m1178); f1179(); co_mutex_unlock(&m1178); }
static co_mutex m1179; void f1179(void) { co_mutex_lock(&m1179); f1180(); co_mutex_unlock(&m1179); }
static co_mutex m1180; void f1180(void) { co_mutex_lock(&m1180); f1181(); co_mutex_unlock(&m1180); }
static co_mutex m1181; void f1181(void) { co_mutex_lock(&m1181); f1182(); co_mutex_unlock(&m1181); }
static co_mutex m1182; void f1182(void) { co_mutex_lock(&m1182); f1183(); co_mutex_unlock(&m1182); }
static co_mutex m1183; void f1183(void) { co_mutex_lock(&m1183); f1184(); co_mutex_unlock(&m1183); }
static co_mutex m1184; void f1184(void) { co_mutex_lock(&m1184); f1185(); co_mutex_unlock(&m1184); }
static co_mutex m1185; void f1185(void) { co_mutex_lock(&m1185); f1186(); co_mutex_unlock(&m1185); }
static co_mutex m1186; void f1186(void) { co_mutex_lock(&m1186); f1187(); co_mutex_unlock(&m1186); }
static co_mutex m1187; void f1187(void) { co_mutex_lock(&m1187); f1188(); co_mutex_unlock(&m1187); }
static co_mutex m1188; void f1188(void) { co_mutex_lock(&m1188); f1189(); co_mutex_unlock(&m1188); }
static co_mutex m1189; void f1189(void) { co_mutex_lock(&m1189); f1190(); co_mutex_unlock(&m1189); }
static co_mutex m1190; void f1190(void) { co_mutex_lock(&m1190); f1191(); co_mutex_unlock(&m1190); }
static co_mutex m1191; void f1191(void) { co_mutex_lock(&m1191); f1192(); co_mutex_unlock(&m1191); }
static co_mutex m1192; void f1192(void) { co_mutex_lock(&m1192); f1193(); co_mutex_unlock(&m1192); }
static co_mutex m1193; void f1193(void) { co_mutex_lock(&m1193); f1194(); co_mutex_unlock(&m1193); }
static co_mutex m1194; void f1194(void) { co_mutex_lock(&m1194); f1195(); co_mutex_unlock(&m1194); }
static co_mutex m1195; void f1195(void) { co_mutex_lock(&m1195); f1196(); co_mutex_unlock(&m1195); }
static co_mutex m1196; void f1196(void) { co_mutex_lock(&m1196); f1197(); co_mutex_unlock(&m1196); }
static co_mutex m1197; void f1197(void) { co_mutex_lock(&m1197); f1198(); co_mutex_unlock(&m1197); }
static co_mutex m1198; void f1198(void) { co_mutex_lock(&m1198); f1199(); co_mutex_unlock(&m1198); }
static co_mutex m1199; void f1199(void) { co_mutex_lock(&m1199); f1200(); co_mutex_unlock(&m1199); }
static co_mutex m1200; void f1200(void) { co_mutex_lock(&m1200); f1201(); co_mutex_unlock(&m1200); }
static co_mutex m1201; void f1201(void) { co_mutex_lock(&m1201); f1202(); co_mutex_unlock(&m1201); }
static co_mutex m1202; void f1202(void) { co_mutex_lock(&m1202); f1203(); co_mutex_unlock(&m1202); }
static co_mutex m1203; void f1203(void) { co_mutex_lock(&m1203); f1204(); co_mutex_unlock(&m1203); }
static co_mutex m1204; void f1204(void) { co_mutex_lock(&m1204); f1205(); co_mutex_unlock(&m1204); }
static co_mutex m1205; void f1205(void) { co_mutex_lock(&m1205); f1206(); co_mutex_unlock(&m1205); }
static co_mutex m1206; void f1206(void) { co_mutex_lock(&m1206); f1207(); co_mutex_unlock(&m1206); }
static co_mutex m1207; void f1207(void) { co_mutex_lock(&m1207); f1208(); co_mutex_unlock(&m1207); }
static co_mutex m1208; void f1208(void) { co_mutex_lock(&m1208); f1209(); co_mutex_unlock(&m1208); }
static co_mutex m1209; void f1209(void) { co_mutex_lock(&m1209); f1210(); co_mutex_unlock(&m1209); }
static co_mutex m1210; void f1210(void) { co_mutex_lock(&m1210); f1211(); co_mutex_unlock(&m1210); }
static co_mutex m1211; void f1211(void) { co_mutex_lock(&m1211); f1212(); co_mutex_unlock(&m1211); }
static co_mutex m1212; void f1212(void) { co_mutex_lock(&m1212); f1213(); co_mutex_unlock(&m1212); }
static co_mutex m1213; void f1213(void) { co_mutex_lock(&m1213); f1214(); co_mutex_unlock(&m1213); }
static co_mutex m1214; void f1214(void) { co_mutex_lock(&m1214); f1215(); co_mutex_unlock(&m1214); }
static co_mutex m1215; void f1215(void) { co_mutex_lock(&m1215); f1216(); co_mutex_unlock(&m1215); }
static co_mutex m1216; void f1216(void) { co_mutex_lock(&m1216); f1217(); co_mutex_unlock(&m1216); }
static co_mutex m1217; void f1217(void) { co_mutex_lock(&m1217); f1218(); co_mutex_unlock(&m1217); }
static co_mutex m1218; void f1218(void) { co_mutex_lock(&m1218); f1219(); co_mutex_unlock(&m1218); }
static co_mutex m1219; void f1219(void) { co_mutex_lock(&m1219); f1220(); co_mutex_unlock(&m1219); }
static co_mutex m1220; void f1220(void) { co_mutex_lock(&m1220); f1221(); co_mutex_unlock(&m1220); }
static co_mutex m1221; void f1221(void) { co_mutex_lock(&m1221); f1222(); co_mutex_unlock(&m1221); }
static co_mutex m1222; void f1222(void) { co_mutex_lock(&m1222); f1223(); co_mutex_unlock(&m1222); }
static co_mutex m1223; void f1223(void) { co_mutex_lock(&m1223); f1224(); co_mutex_unlock(&m1223); }
static co_mutex m1224; void f1224(void) { co_mutex_lock(&m1224); f1225(); co_mutex_unlock(&m1224); }
static co_mutex m1225; void f1225(void) { co_mutex_lock(&m1225); f1226(); co_mutex_unlock(&m1225); }
static co_mutex m1226; void f1226(void) { co_mutex_lock(&m1226); f1227(); co_mutex_unlock(&m1226); }
static co_mutex m1227; void f1227(void) { co_mutex_lock(&m1227); f1228(); co_mutex_unlock(&m1227); }
static co_mutex m1228; void f1228(void) { co_mutex_lock(&m1228); f1229(); co_mutex_unlock(&m1228); }
static co_mutex m1229; void f1229(void) { co_mutex_lock(&m1229); f1230(); co_mutex_unlock(&m1229); }
static co_mutex m1230; void f1230(void) { co_mutex_lock(&m1230); f1231(); co_mutex_unlock(&m1230); }
static co_mutex m1231; void f1231(void) { co_mutex_lock(&m1231); f1232(); co_mutex_unlock(&m1231); }
static co_mutex m1232; void f1232(void) { co_mutex_lock(&m1232); f1233(); co_mutex_unlock(&m1232); }
static co_mutex m1233; void f1233(void) { co_mutex_lock(&m1233); f1234(); co_mutex_unlock(&m1233); }
static co_mutex m1234; void f1234(void) { co_mutex_lock(&m1234); f1235(); co_mutex_unlock(&m1234); }
static co_mutex m1235; void f1235(void) { co_mutex_lock(&m1235); f1236(); co_mutex_unlock(&m1235); }
static co_mutex m1236; void f1236(void) { co_mutex_lock(&m1236); f1237(); co_mutex_unlock(&m1236); }
static co_mutex m1237; void f1237(void) { co_mutex_lock(&m1237); f1238(); co_mutex_unlock(&m1237); }
static co_mutex m1238; void f1238(void) { co_mutex_lock(&m1238); f1239(); co_mutex_unlock(&m1238); }
static co_mutex m1239; void f1239(void) { co_mutex_lock(&m1239); f1240(); co_mutex_unlock(&m1239); }
static co_mutex m1240; void f1240(void) { co_mutex_lock(&m1240); f1241(); co_mutex_unlock(&m1240); }
static co_mutex m1241; void f1241(void) { co_mutex_lock(&m1241); f1242(); co_mutex_unlock(&m1241); }
static co_mutex m1242; void f1242(void) { co_mutex_lock(&m1242); f1243(); co_mutex_unlock(&m1242); }
static co_mutex m1243; void f1243(void) { co_mutex_lock(&m1243); f1244(); co_mutex_unlock(&m1243); }
static co_mutex m1244; void f1244(void) { co_mutex_lock(&m1244); f1245(); co_mutex_unlock(&m1244); }
static co_mutex m1245; void f1245(void) { co_mutex_lock(&m1245); f1246(); co_mutex_unlock(&m1245); }
static co_mutex m1246; void f1246(void) { co_mutex_lock(&m1246); f1247(); co_mutex_unlock(&m1246); }
static co_mutex m1247; void f1247(void) { co_mutex_lock(&m1247); f1248(); co_mutex_unlock(&m1247); }
static co_mutex m1248; void f1248(void) { co_mutex_lock(&m1248); f1249(); co_mutex_unlock(&m1248); }
static co_mutex m1249; void f1249(void) { co_mutex_lock(&m1249); f1250(); co_mutex_unlock(&m1249); }
static co_mutex m1250; void f1250(void) { co_mutex_lock(&m1250); f1251(); co_mutex_unlock(&m1250); }
static co_mutex m1251; void f1251(void) { co_mutex_lock(&m1251); f1252(); co_mutex_unlock(&m1251); }
static co_mutex m1252; void f1252(void) { co_mutex_lock(&m1252); f1253(); co_mutex_unlock(&m1252); }
static co_mutex m1253; void f1253(void) { co_mutex_lock(&m1253); f1254(); co_mutex_unlock(&m1253); }
static co_mutex m1254; void f1254(void) { co_mutex_lock(&m1254); f1255(); co_mutex_unlock(&m1254); }
static co_mutex m1255; void f1255(void) { co_mutex_lock(&m1255); f1256(); co_mutex_unlock(&m1255); }
static co_mutex m1256; void f1256(void) { co_mutex_lock(&m1256); f1257(); co_mutex_unlock(&m1256); }
static co_mutex m1257; void f1257(void) { co_mutex_lock(&m1257); f1258(); co_mutex_unlock(&m1257); }
static co_mutex m1258; void f1258(void) { co_mutex_lock(&m1258); f1259(); co_mutex_unlock(&m1258); }
static co_mutex m1259; void f1259(void) { co_mutex_lock(&m1259); f1260(); co_mutex_unlock(&m1259); }
static co_mutex m1260; void f1260(void) { co_mutex_lock(&m1260); f1261(); co_mutex_unlock(&m1260); }
static co_mutex m1261; void f1261(void) { co_mutex_lock(&m1261); f1262(); co_mutex_unlock(&m1261); }
static co_mutex m1262; void f1262(void) { co_mutex_lock(&m1262); f1263(); co_mutex_unlock(&m1262); }
static co_mutex m1263; void f1263(void) { co_mutex_lock(&m1263); f1264(); co_mutex_unlock(&m1263); }
static co_mutex m1264; void f1264(void) { co_mutex_lock(&m1264); f1265(); co_mutex_unlock(&m1264); }
static co_mutex m1265; void f1265(void) { co_mutex_lock(&m1265); f1266(); co_mutex_unlock(&m1265); }
static co_mutex m1266; void f1266(void) { co_mutex_lock(&m1266); f1267(); co_mutex_unlock(&m1266); }
static co_mutex m1267; void f1267(void) { co_mutex_lock(&m1267); f1268(); co_mutex_unlock(&m1267); }
static co_mutex m1268; void f1268(void) { co_mutex_lock(&m1268); f1269(); co_mutex_unlock(&m1268); }
static co_mutex m1269; void f1269(void) { co_mutex_lock(&m1269); f1270(); co_mutex_unlock(&m1269); }
static co_mutex m1270; void f1270(void) { co_mutex_lock(&m1270); f1271(); co_mutex_unlock(&m1270); }
static co_mutex m1271; void f1271(void) { co_mutex_lock(&m1271); f1272(); co_mutex_unlock(&m1271); }
static co_mutex m1272; void f1272(void) { co_mutex_lock(&m1272); f1273(); co_mutex_unlock(&m1272); }
static co_mutex m1273; void f1273(void) { co_mutex_lock(&m1273); f1274(); co_mutex_unlock(&m1273); }
static co_mutex m1274; void f1274(void) { co_mutex_lock(&m1274); f1275(); co_mutex_unlock(&m1274); }
static co_mutex m1275; void f1275(void) { co_mutex_lock(&m1275); f1276(); co_mutex_unlock(&m1275); }
static co_mutex m1276; void f1276(void) { co_mutex_lock(&m1276); f1277(); co_mutex_unlock(&m1276); }
static co_mutex m1277; void f1277(void) { co_mutex_lock(&m1277); f1278(); co_mutex_unlock(&m1277); }
static co_mutex m1278; void f1278(void) { co_mutex_lock(&m1278); f1279(); co_mutex_unlock(&m1278); }
static co_mutex m1279; void f1279(void) { co_mutex_lock(&m1279); f1280(); co_mutex_unlock(&m1279); }
static co_mutex m1280; void f1280(void) { co_mutex_lock(&m1280); f1281(); co_mutex_unlock(&m1280); }
static co_mutex m1281; void f1281(void) { co_mutex_lock(&m1281); f1282(); co_mutex_unlock(&m1281); }
static co_mutex m1282; void f1282(void) { co_mutex_lock(&m1282); f1283(); co_mutex_unlock(&m1282); }
static co_mutex m1283; void f1283(void) { co_mutex_lock(&m1283); f1284(); co_mutex_unlock(&m1283); }
static co_mutex m1284; void f1284(void) { co_mutex_lock(&m1284); f1285(); co_mutex_unlock(&m1284); }
static co_mutex m1285; void f1285(void) { co_mutex_lock(&m1285); f1286(); co_mutex_unlock(&m1285); }
static co_mutex m1286; void f1286(void) { co_mutex_lock(&m1286); f1287(); co_mutex_unlock(&m1286); }
static co_mutex m1287; void f1287(void) { co_mutex_lock(&m1287); f1288(); co_mutex_unlock(&m1287); }
static co_mutex m1288; void f1288(void) { co_mutex_lock(&m1288); f1289(); co_mutex_unlock(&m1288); }
static co_mutex m1289; void f1289(void) { co_mutex_lock(&m1289); f1290(); co_mutex_unlock(&m1289); }
static co_mutex m1290; void f1290(void) { co_mutex_lock(&m1290); f1291(); co_mutex_unlock(&m1290); }
static co_mutex m1291; void f1291(void) { co_mutex_lock(&m1291); f1292(); co_mutex_unlock(&m1291); }
static co_mutex m1292; void f1292(void) { co_mutex_lock(&m1292); f1293(); co_mutex_unlock(&m1292); }
static co_mutex m1293; void f1293(void) { co_mutex_lock(&m1293); f1294(); co_mutex_unlock(&m1293); }
static co_mutex m1294; void f1294(void) { co_mutex_lock(&m1294); f1295(); co_mutex_unlock(&m1294); }
static co_mutex m1295; void f1295(void) { co_mutex_lock(&m1295); f1296(); co_mutex_unlock(&m1295); }
static co_mutex m1296; void f1296(void) { co_mutex_lock(&m1296); f1297(); co_mutex_unlock(&m1296); }
static co_mutex m1297; void f1297(void) { co_mutex_lock(&m1297); f1298(); co_mutex_unlock(&m1297); }
static co_mutex m1298; void f1298(void) { co_mutex_lock(&m1298); f1299(); co_mutex_unlock(&m1298); }
static co_mutex m1299; void f1299(void) { co_mutex_lock(&m1299); f1300(); co_mutex_unlock(&m1299); }
static co_mutex m1300; void f1300(void) { co_mutex_lock(&m1300); f1301(); co_mutex_unlock(&m1300); }
static co_mutex m1301; void f1301(void) { co_mutex_lock(&m1301); f1302(); co_mutex_unlock(&m1301); }
static co_mutex m1302; void f1302(void) { co_mutex_lock(&m1302); f1303(); co_mutex_unlock(&m1302); }
static co_mutex m1303; void f1303(void) { co_mutex_lock(&m1303); f1304(); co_mutex_unlock(&m1303); }
static co_mutex m1304; void f1304(void) { co_mutex_lock(&m1304); f1305(); co_mutex_unlock(&m1304); }
static co_mutex m1305; void f1305(void) { co_mutex_lock(&m1305); f1306(); co_mutex_unlock(&m1305); }
static co_mutex m1306; void f1306(void) { co_mutex_lock(&m1306); f1307(); co_mutex_unlock(&m1306); }
static co_mutex m1307; void f1307(void) { co_mutex_lock(&m1307); f1308(); co_mutex_unlock(&m1307); }
static co_mutex m1308; void f1308(void) { co_mutex_lock(&m1308); f1309(); co_mutex_unlock(&m1308); }
static co_mutex m1309; void f1309(void) { co_mutex_lock(&m1309); f1310(); co_mutex_unlock(&m1309); }
static co_mutex m1310; void f1310(void) { co_mutex_lock(&m1310); f1311(); co_mutex_unlock(&m1310); }
static co_mutex m1311; void f1311(void) { co_mutex_lock(&m1311); f1312(); co_mutex_unlock(&m1311); }
static co_mutex m1312; void f1312(void) { co_mutex_lock(&m1312); f1313(); co_mutex_unlock(&m1312); }
static co_mutex m1313; void f1313(void) { co_mutex_lock(&m1313); f1314(); co_mutex_unlock(&m1313); }
static co_mutex m1314; void f1314(void) { co_mutex_lock(&m1314); f1315(); co_mutex_unlock(&m1314); }
static co_mutex m1315; void f1315(void) { co_mutex_lock(&m1315); f1316(); co_mutex_unlock(&m1315); }
static co_mutex m1316; void f1316(void) { co_mutex_lock(&m1316); f1317(); co_mutex_unlock(&m1316); }
static co_mutex m1317; void f1317(void) { co_mutex_lock(&m1317); f1318(); co_mutex_unlock(&m1317); }
static co_mutex m1318; void f1318(void) { co_mutex_lock(&m1318); f1319(); co_mutex_unlock(&m1318); }
static co_mutex m1319; void f1319(void) { co_mutex_lock(&m1319); f1320(); co_mutex_unlock(&m1319); }
static co_mutex m1320; void f1320(void) { co_mutex_lock(&m1320); f1321(); co_mutex_unlock(&m1320); }
static co_mutex m1321; void f1321(void) { co_mutex_lock(&m1321); f1322(); co_mutex_unlock(&m1321); }
static co_mutex m1322; void f1322(void) { co_mutex_lock(&m1322); f1323(); co_mutex_unlock(&m1322); }
static co_mutex m1323; void f1323(void) { co_mutex_lock(&m1323); f1324(); co_mutex_unlock(&m1323); }
static co_mutex m1324; void f1324(void) { co_mutex_lock(&m1324); f1325(); co_mutex_unlock(&m1324); }
static co_mutex m1325; void f1325(void) { co_mutex_lock(&m1325); f1326(); co_mutex_unlock(&m1325); }
static co_mutex m1326; void f1326(void) { co_mutex_lock(&m1326); f1327(); co_mutex_unlock(&m1326); }
static co_mutex m1327; void f1327(void) { co_mutex_lock(&m1327); f1328(); co_mutex_unlock(&m1327); }
static co_mutex m1328; void f1328(void) { co_mutex_lock(&m1328); f1329(); co_mutex_unlock(&m1328); }
static co_mutex m1329; void f1329(void) { co_mutex_lock(&m1329); f1330(); co_mutex_unlock(&m1329); }
static co_mutex m1330; void f1330(void) { co_mutex_lock(&m1330); f1331(); co_mutex_unlock(&m1330); }
static co_mutex m1331; void f1331(void) { co_mutex_lock(&m1331); f1332(); co_mutex_unlock(&m1331); }
static co_mutex m1332; void f1332(void) { co_mutex_lock(&m1332); f1333(); co_mutex_unlock(&m1332); }
static co_mutex m1333; void f1333(void) { co_mutex_lock(&m1333); f1334(); co_mutex_unlock(&m1333); }
static co_mutex m1334; void f1334(void) { co_mutex_lock(&m1334); f1335(); co_mutex_unlock(&m1334); }
static co_mutex m1335; void f1335(void) { co_mutex_lock(&m1335); f1336(); co_mutex_unlock(&m1335); }
static co_mutex m1336; void f1336(void) { co_mutex_lock(&m1336); f1337(); co_mutex_unlock(&m1336); }
static co_mutex m1337; void f1337(void) { co_mutex_lock(&m1337); f1338(); co_mutex_unlock(&m1337); }
static co_mutex m1338; void f1338(void) { co_mutex_lock(&m1338); f1339(); co_mutex_unlock(&m1338); }
static co_mutex m1339; void f1339(void) { co_mutex_lock(&m1339); f1340(); co_mutex_unlock(&m1339); }
static co_mutex m1340; void f1340(void) { co_mutex_lock(&m1340); f1341(); co_mutex_unlock(&m1340); }
static co_mutex m1341; void f1341(void) { co_mutex_lock(&m1341); f1342(); co_mutex_unlock(&m1341); }
static co_mutex m1342; void f1342(void) { co_mutex_lock(&m1342); f1343(); co_mutex_unlock(&m1342); }
static co_mutex m1343; void f1343(void) { co_mutex_lock(&m1343); f1344(); co_mutex_unlock(&m1343); }
static co_mutex m1344; void f1344(void) { co_mutex_lock(&m1344); f1345(); co_mutex_unlock(&m1344); }
static co_mutex m1345; void f1345(void) { co_mutex_lock(&m1345); f1346(); co_mutex_unlock(&m1345); }
static co_mutex m1346; void f1346(void) { co_mutex_lock(&m1346); f1347(); co_mutex_unlock(&m1346); }
static co_mutex m1347; void f1347(void) { co_mutex_lock(&m1347); f1348(); co_mutex_unlock(&m1347); }
static co_mutex m1348; void f1348(void) { co_mutex_lock(&m1348); f1349(); co_mutex_unlock(&m1348); }
static co_mutex m1349; void f1349(void) { co_mutex_lock(&m1349); f1350(); co_mutex_unlock(&m1349); }
static co_mutex m1350; void f1350(void) { co_mutex_lock(&m1350); f1351(); co_mutex_unlock(&m1350); }
static co_mutex m1351; void f1351(void) { co_mutex_lock(&m1351); f1352(); co_mutex_unlock(&m1351); }
static co_mutex m1352; void f1352(void) { co_mutex_lock(&m1352); f1353(); co_mutex_unlock(&m1352); }
static co_mutex m1353; void f1353(void) { co_mutex_lock(&m1353); f1354(); co_mutex_unlock(&m1353); }
static co_mutex m1354; void f1354(void) { co_mutex_lock(&m1354); f1355(); co_mutex_unlock(&m1354); }
static co_mutex m1355; void f1355(void) { co_mutex_lock(&m1355); f1356(); co_mutex_unlock(&m1355); }
static co_mutex m1356; void f1356(void) { co_mutex_lock(&m1356); f1357(); co_mutex_unlock(&m1356); }
static co_mutex m1357; void f1357(void) { co_mutex_lock(&m1357); f1358(); co_mutex_unlock(&m1357); }
static co_mutex m1358; void f1358(void) { co_mutex_lock(&m1358); f1359(); co_mutex_unlock(&m1358); }
static co_mutex m1359; void f1359(void) { co_mutex_lock(&m1359); f1360(); co_mutex_unlock(&m1359); }
static co_mutex m1360; void f1360(void) { co_mutex_lock(&m1360); f1361(); co_mutex_unlock(&m1360); }
static co_mutex m1361; void f1361(void) { co_mutex_lock(&m1361); f1362(); co_mutex_unlock(&m1361); }
static co_mutex m1362; void f1362(void) { co_mutex_lock(&m1362); f1363(); co_mutex_unlock(&m1362); }
static co_mutex m1363; void f1363(void) { co_mutex_lock(&m1363); f1364(); co_mutex_unlock(&m1363); }
static co_mutex m1364; void f1364(void) { co_mutex_lock(&m1364); f1365(); co_mutex_unlock(&m1364); }
static co_mutex m1365; void f1365(void) { co_mutex_lock(&m1365); f1366(); co_mutex_unlock(&m1365); }
static co_mutex m1366; void f1366(void) { co_mutex_lock(&m1366); f1367(); co_mutex_unlock(&m1366); }
static co_mutex m1367; void f1367(void) { co_mutex_lock(&m1367); f1368(); co_mutex_unlock(&m1367); }
static co_mutex m1368; void f1368(void) { co_mutex_lock(&m1368); f1369(); co_mutex_unlock(&m1368); }
static co_mutex m1369; void f1369(void) { co_mutex_lock(&m1369); f1370(); co_mutex_unlock(&m1369); }
static co_mutex m1370; void f1370(void) { co_mutex_lock(&m1370); f1371(); co_mutex_unlock(&m1370); }
static co_mutex m1371; void f1371(void) { co_mutex_lock(&m1371); f1372(); co_mutex_unlock(&m1371); }
static co_mutex m1372; void f1372(void) { co_mutex_lock(&m1372); f1373(); co_mutex_unlock(&m1372); }
static co_mutex m1373; void f1373(void) { co_mutex_lock(&m1373); f1374(); co_mutex_unlock(&m1373); }
static co_mutex m1374; void f1374(void) { co_mutex_lock(&m1374); f1375(); co_mutex_unlock(&m1374); }
static co_mutex m1375; void f1375(void) { co_mutex_lock(&m1375); f1376(); co_mutex_unlock(&m1375); }
static co_mutex m1376; void f1376(void) { co_mutex_lock(&m1376); f1377(); co_mutex_unlock(&m1376); }
static co_mutex m1377; void f1377(void) { co_mutex_lock(&m1377); f1378(); co_mutex_unlock(&m1377); }
static co_mutex m1378; void f1378(void) { co_mutex_lock(&m1378); f1379(); co_mutex_unlock(&m1378); }
static co_mutex m1379; void f1379(void) { co_mutex_lock(&m1379); f1380(); co_mutex_unlock(&m1379); }
static co_mutex m1380; void f1380(void) { co_mutex_lock(&m1380); f1381(); co_mutex_unlock(&m1380); }
static co_mutex m1381; void f1381(void) { co_mutex_lock(&m1381); f1382(); co_mutex_unlock(&m1381); }
static co_mutex m1382; void f1382(void) { co_mutex_lock(&m1382); f1383(); co_mutex_unlock(&m1382); }
static co_mutex m1383; void f1383(void) { co_mutex_lock(&m1383); f1384(); co_mutex_unlock(&m1383); }
static co_mutex m1384; void f1384(void) { co_mutex_lock(&m1384); f1385(); co_mutex_unlock(&m1384); }
static co_mutex m1385; void f1385(void) { co_mutex_lock(&m1385); f1386(); co_mutex_unlock(&m1385); }
static co_mutex m1386; void f1386(void) { co_mutex_lock(&m1386); f1387(); co_mutex_unlock(&m1386); }
static co_mutex m1387; void f1387(void) { co_mutex_lock(&m1387); f1388(); co_mutex_unlock(&m1387); }
static co_mutex m1388; void f1388(void) { co_mutex_lock(&m1388); f1389(); co_mutex_unlock(&m1388); }
static co_mutex m1389; void f1389(void) { co_mutex_lock(&m1389); f1390(); co_mutex_unlock(&m1389); }
static co_mutex m1390; void f1390(void) { co_mutex_lock(&m1390); f1391(); co_mutex_unlock(&m1390); }
static co_mutex m1391; void f1391(void) { co_mutex_lock(&m1391); f1392(); co_mutex_unlock(&m1391); }
static co_mutex m1392; void f1392(void) { co_mutex_lock(&m1392); f1393(); co_mutex_unlock(&m1392); }
static co_mutex m1393; void f1393(void) { co_mutex_lock(&m1393); f1394(); co_mutex_unlock(&m1393); }
static co_mutex m1394; void f1394(void) { co_mutex_lock(&m1394); f1395(); co_mutex_unlock(&m1394); }
static co_mutex m1395; void f1395(void) { co_mutex_lock(&m1395); f1396(); co_mutex_unlock(&m1395); }
static co_mutex m1396; void f1396(void) { co_mutex_lock(&m1396); f1397(); co_mutex_unlock(&m1396); }
static co_mutex m1397; void f1397(void) { co_mutex_lock(&m1397); f1398(); co_mutex_unlock(&m1397); }
static co_mutex m1398; void f1398(void) { co_mutex_lock(&m1398); f1399(); co_mutex_unlock(&m1398); }
static co_mutex m1399; void f1399(void) { co_mutex_lock(&m1399); f1400(); co_mutex_unlock(&m1399); }
static co_mutex m1400; void f1400(void) { co_mutex_lock(&m1400); f1401(); co_mutex_unlock(&m1400); }
static co_mutex m1401; void f1401(void) { co_mutex_lock(&m1401); f1402(); co_mutex_unlock(&m1401); }
static co_mutex m1402; void f1402(void) { co_mutex_lock(&m1402); f1403(); co_mutex_unlock(&m1402); }
static co_mutex m1403; void f1403(void) { co_mutex_lock(&m1403); f1404(); co_mutex_unlock(&m1403); }
static co_mutex m1404; void f1404(void) { co_mutex_lock(&m1404); f1405(); co_mutex_unlock(&m1404); }
static co_mutex m1405; void f1405(void) { co_mutex_lock(&m1405); f1406(); co_mutex_unlock(&m1405); }
static co_mutex m1406; void f1406(void) { co_mutex_lock(&m1406); f1407(); co_mutex_unlock(&m1406); }
static co_mutex m1407; void f1407(void) { co_mutex_lock(&m1407); f1408(); co_mutex_unlock(&m1407); }
static co_mutex m1408; void f1408(void) { co_mutex_lock(&m1408); f1409(); co_mutex_unlock(&m1408); }
static co_mutex m1409; void f1409(void) { co_mutex_lock(&m1409); f1410(); co_mutex_unlock(&m1409); }
static co_mutex m1410; void f1410(void) { co_mutex_lock(&m1410); f1411(); co_mutex_unlock(&m1410); }
static co_mutex m1411; void f1411(void) { co_mutex_lock(&m1411); f1412(); co_mutex_unlock(&m1411); }
static co_mutex m1412; void f1412(void) { co_mutex_lock(&m1412); f1413(); co_mutex_unlock(&m1412); }
static co_mutex m1413; void f1413(void) { co_mutex_lock(&m1413); f1414(); co_mutex_unlock(&m1413); }
static co_mutex m1414; void f1414(void) { co_mutex_lock(&m1414); f1415(); co_mutex_unlock(&m1414); }
static co_mutex m1415; void f1415(void) { co_mutex_lock(&m1415); f1416(); co_mutex_unlock(&m1415); }
static co_mutex m1416; void f1416(void) { co_mutex_lock(&m1416); f1417(); co_mutex_unlock(&m1416); }
static co_mutex m1417; void f1417(void) { co_mutex_lock(&m1417); f1418(); co_mutex_unlock(&m1417); }
static co_mutex m1418; void f1418(void) { co_mutex_lock(&m1418); f1419(); co_mutex_unlock(&m1418); }
static co_mutex m1419; void f1419(void) { co_mutex_lock(&m1419); f1420(); co_mutex_unlock(&m1419); }
static co_mutex m1420; void f1420(void) { co_mutex_lock(&m1420); f1421(); co_mutex_unlock(&m1420); }
static co_mutex m1421; void f1421(void) { co_mutex_lock(&m1421); f1422(); co_mutex_unlock(&m1421); }
static co_mutex m1422; void f1422(void) { co_mutex_lock(&m1422); f1423(); co_mutex_unlock(&m1422); }
static co_mutex m1423; void f1423(void) { co_mutex_lock(&m1423); f1424(); co_mutex_unlock(&m1423); }
static co_mutex m1424; void f1424(void) { co_mutex_lock(&m1424); f1425(); co_mutex_unlock(&m1424); }
static co_mutex m1425; void f1425(void) { co_mutex_lock(&m1425); f1426(); co_mutex_unlock(&m1425); }
static co_mutex m1426; void f1426(void) { co_mutex_lock(&m1426); f1427(); co_mutex_unlock(&m1426); }
static co_mutex m1427; void f1427(void) { co_mutex_lock(&m1427); f1428(); co_mutex_unlock(&m1427); }
static co_mutex m1428; void f1428(void) { co_mutex_lock(&m1428); f1429(); co_mutex_unlock(&m1428); }
static co_mutex m1429; void f1429(void) { co_mutex_lock(&m1429); f1430(); co_mutex_unlock(&m1429); }
static co_mutex m1430; void f1430(void) { co_mutex_lock(&m1430); f1431(); co_mutex_unlock(&m1430); }
static co_mutex m1431; void f1431(void) { co_mutex_lock(&m1431); f1432(); co_mutex_unlock(&m1431); }
static co_mutex m1432; void f1432(void) { co_mutex_lock(&m1432); f1433(); co_mutex_unlock(&m1432); }
static co_mutex m1433; void f1433(void) { co_mutex_lock(&m1433); f1434(); co_mutex_unlock(&m1433); }
static co_mutex m1434; void f1434(void) { co_mutex_lock(&m1434); f1435(); co_mutex_unlock(&m1434); }
static co_mutex m1435; void f1435(void) { co_mutex_lock(&m1435); f1436(); co_mutex_unlock(&m1435); }
static co_mutex m1436; void f1436(void) { co_mutex_lock(&m1436); f1437(); co_mutex_unlock(&m1436); }
static co_mutex m1437; void f1437(void) { co_mutex_lock(&m1437); f1438(); co_mutex_unlock(&m1437); }
static co_mutex m1438; void f1438(void) { co_mutex_lock(&m1438); f1439(); co_mutex_unlock(&m1438); }
static co_mutex m1439; void f1439(void) { co_mutex_lock(&m1439); f1440(); co_mutex_unlock(&m1439); }
static co_mutex m1440; void f1440(void) { co_mutex_lock(&m1440); f1441(); co_mutex_unlock(&m1440); }
static co_mutex m1441; void f1441(void) { co_mutex_lock(&m1441); f1442(); co_mutex_unlock(&m1441); }
static co_mutex m1442; void f1442(void) { co_mutex_lock(&m1442); f1443(); co_mutex_unlock(&m1442); }
static co_mutex m1443; void f1443(void) { co_mutex_lock(&m1443); f1444(); co_mutex_unlock(&m1443); }
static co_mutex m1444; void f1444(void) { co_mutex_lock(&m1444); f1445(); co_mutex_unlock(&m1444); }
static co_mutex m1445; void f1445(void) { co_mutex_lock(&m1445); f1446(); co_mutex_unlock(&m1445); }
static co_mutex m1446; void f1446(void) { co_mutex_lock(&m1446); f1447(); co_mutex_unlock(&m1446); }
static co_mutex m1447; void f1447(void) { co_mutex_lock(&m1447); f1448(); co_mutex_unlock(&m1447); }
static co_mutex m1448; void f1448(void) { co_mutex_lock(&m1448); f1449(); co_mutex_unlock(&m1448); }
static co_mutex m1449; void f1449(void) { co_mutex_lock(&m1449); f1450(); co_mutex_unlock(&m1449); }
static co_mutex m1450; void f1450(void) { co_mutex_lock(&m1450); f1451(); co_mutex_unlock(&m1450); }
static co_mutex m1451; void f1451(void) { co_mutex_lock(&m1451); f1452(); co_mutex_unlock(&m1451); }
static co_mutex m1452; void f1452(void) { co_mutex_lock(&m1452); f1453(); co_mutex_unlock(&m1452); }
static co_mutex m1453; void f1453(void) { co_mutex_lock(&m1453); f1454(); co_mutex_unlock(&m1453); }
static co_mutex m1454; void f1454(void) { co_mutex_lock(&m1454); f1455(); co_mutex_unlock(&m1454); }
static co_mutex m1455; void f1455(void) { co_mutex_lock(&m1455); f1456(); co_mutex_unlock(&m1455); }
static co_mutex m1456; void f1456(void) { co_mutex_lock(&m1456); f1457(); co_mutex_unlock(&m1456); }
static co_mutex m1457; void f1457(void) { co_mutex_lock(&m1457); f1458(); co_mutex_unlock(&m1457); }
static co_mutex m1458; void f1458(void) { co_mutex_lock(&m1458); f1459(); co_mutex_unlock(&m1458); }
static co_mutex m1459; void f1459(void) { co_mutex_lock(&m1459); f1460(); co_mutex_unlock(&m1459); }
static co_mutex m1460; void f1460(void) { co_mutex_lock(&m1460); f1461(); co_mutex_unlock(&m1460); }
static co_mutex m1461; void f1461(void) { co_mutex_lock(&m1461); f1462(); co_mutex_unlock(&m1461); }
static co_mutex m1462; void f1462(void) { co_mutex_lock(&m1462); f1463(); co_mutex_unlock(&m1462); }
static co_mutex m1463; void f1463(void) { co_mutex_lock(&m1463); f1464(); co_mutex_unlock(&m1463); }
static co_mutex m1464; void f1464(void) { co_mutex_lock(&m1464); f1465(); co_mutex_unlock(&m1464); }
static co_mutex m1465; void f1465(void) { co_mutex_lock(&m1465); f1466(); co_mutex_unlock(&m1465); }
static co_mutex m1466; void f1466(void) { co_mutex_lock(&m1466); f1467(); co_mutex_unlock(&m1466); }
static co_mutex m1467; void f1467(void) { co_mutex_lock(&m1467); f1468(); co_mutex_unlock(&m1467); }
static co_mutex m1468; void f1468(void) { co_mutex_lock(&m1468); f1469(); co_mutex_unlock(&m1468); }
static co_mutex m1469; void f1469(void) { co_mutex_lock(&m1469); f1470(); co_mutex_unlock(&m1469); }
static co_mutex m1470; void f1470(void) { co_mutex_lock(&m1470); f1471(); co_mutex_unlock(&m1470); }
static co_mutex m1471; void f1471(void) { co_mutex_lock(&m1471); f1472(); co_mutex_unlock(&m1471); }
static co_mutex m1472; void f1472(void) { co_mutex_lock(&m1472); f1473(); co_mutex_unlock(&m1472); }
static co_mutex m1473; void f1473(void) { co_mutex_lock(&m1473); f1474(); co_mutex_unlock(&m1473); }
static co_mutex m1474; void f1474(void) { co_mutex_lock(&m1474); f1475(); co_mutex_unlock(&m1474); }
static co_mutex m1475; void f1475(void) { co_mutex_lock(&m1475); f1476(); co_mutex_unlock(&m1475); }
static co_mutex m1476; void f1476(void) { co_mutex_lock(&m1476); f1477(); co_mutex_unlock(&m1476); }
static co_mutex m1477; void f1477(void) { co_mutex_lock(&m1477); f1478(); co_mutex_unlock(&m1477); }
static co_mutex m1478; void f1478(void) { co_mutex_lock(&m1478); f1479(); co_mutex_unlock(&m1478); }
static co_mutex m1479; void f1479(void) { co_mutex_lock(&m1479); f1480(); co_mutex_unlock(&m1479); }
static co_mutex m1480; void f1480(void) { co_mutex_lock(&m1480); f1481(); co_mutex_unlock(&m1480); }
static co_mutex m1481; void f1481(void) { co_mutex_lock(&m1481); f1482(); co_mutex_unlock(&m1481); }
static co_mutex m1482; void f1482(void) { co_mutex_lock(&m1482); f1483(); co_mutex_unlock(&m1482); }
static co_mutex m1483; void f1483(void) { co_mutex_lock(&m1483); f1484(); co_mutex_unlock(&m1483); }
static co_mutex m1484; void f1484(void) { co_mutex_lock(&m1484); f1485(); co_mutex_unlock(&m1484); }
static co_mutex m1485; void f1485(void) { co_mutex_lock(&m1485); f1486(); co_mutex_unlock(&m1485); }
static co_mutex m1486; void f1486(void) { co_mutex_lock(&m1486); f1487(); co_mutex_unlock(&m1486); }
static co_mutex m1487; void f1487(void) { co_mutex_lock(&m1487); f1488(); co_mutex_unlock(&m1487); }
static co_mutex m1488; void f1488(void) { co_mutex_lock(&m1488); f1489(); co_mutex_unlock(&m1488); }
static co_mutex m1489; void f1489(void) { co_mutex_lock(&m1489); f1490(); co_mutex_unlock(&m1489); }
static co_mutex m1490; void f1490(void) { co_mutex_lock(&m1490); f1491(); co_mutex_unlock(&m1490); }
static co_mutex m1491; void f1491(void) { co_mutex_lock(&m1491); f1492(); co_mutex_unlock(&m1491); }
static co_mutex m1492; void f1492(void) { co_mutex_lock(&m1492); f1493(); co_mutex_unlock(&m1492); }
static co_mutex m1493; void f1493(void) { co_mutex_lock(&m1493); f1494(); co_mutex_unlock(&m1493); }
static co_mutex m1494; void f1494(void) { co_mutex_lock(&m1494); f1495(); co_mutex_unlock(&m1494); }
static co_mutex m1495; void f1495(void) { co_mutex_lock(&m1495); f1496(); co_mutex_unlock(&m1495); }
static co_mutex m1496; void f1496(void) { co_mutex_lock(&m1496); f1497(); co_mutex_unlock(&m1496); }
static co_mutex m1497; void f1497(void) { co_mutex_lock(&m1497); f1498(); co_mutex_unlock(&m1497); }
static co_mutex m1498; void f1498(void) { co_mutex_lock(&m1498); f1499(); co_mutex_unlock(&m1498); }
static co_mutex m1499; void f1499(void) { co_mutex_lock(&m1499); f1500(); co_mutex_unlock(&m1499); }
static co_mutex m1500; void f1500(void) { co_mutex_lock(&m1500); f1501(); co_mutex_unlock(&m1500); }
static co_mutex m1501; void f1501(void) { co_mutex_lock(&m1501); f1502(); co_mutex_unlock(&m1501); }
static co_mutex m1502; void f1502(void) { co_mutex_lock(&m1502); f1503(); co_mutex_unlock(&m1502); }
static co_mutex m1503; void f1503(void) { co_mutex_lock(&m1503); f1504(); co_mutex_unlock(&m1503); }
static co_mutex m1504; void f1504(void) { co_mutex_lock(&m1504); f1505(); co_mutex_unlock(&m1504); }
static co_mutex m1505; void f1505(void) { co_mutex_lock(&m1505); f1506(); co_mutex_unlock(&m1505); }
static co_mutex m1506; void f1506(void) { co_mutex_lock(&m1506); f1507(); co_mutex_unlock(&m1506); }
static co_mutex m1507; void f1507(void) { co_mutex_lock(&m1507); f1508(); co_mutex_unlock(&m1507); }
static co_mutex m1508; void f1508(void) { co_mutex_lock(&m1508); f1509(); co_mutex_unlock(&m1508); }
static co_mutex m1509; void f1509(void) { co_mutex_lock(&m1509); f1510(); co_mutex_unlock(&m1509); }
static co_mutex m1510; void f1510(void) { co_mutex_lock(&m1510); f1511(); co_mutex_unlock(&m1510); }
static co_mutex m1511; void f1511(void) { co_mutex_lock(&m1511); f1512(); co_mutex_unlock(&m1511); }
static co_mutex m1512; void f1512(void) { co_mutex_lock(&m1512); f1513(); co_mutex_unlock(&m1512); }
static co_mutex m1513; void f1513(void) { co_mutex_lock(&m1513); f1514(); co_mutex_unlock(&m1513); }
static co_mutex m1514; void f1514(void) { co_mutex_lock(&m1514); f1515(); co_mutex_unlock(&m1514); }
static co_mutex m1515; void f1515(void) { co_mutex_lock(&m1515); f1516(); co_mutex_unlock(&m1515); }
static co_mutex m1516; void f1516(void) { co_mutex_lock(&m1516); f1517(); co_mutex_unlock(&m1516); }
static co_mutex m1517; void f1517(void) { co_mutex_lock(&m1517); f1518(); co_mutex_unlock(&m1517); }
static co_mutex m1518; void f1518(void) { co_mutex_lock(&m1518); f1519(); co_mutex_unlock(&m1518); }
static co_mutex m1519; void f1519(void) { co_mutex_lock(&m1519); f1520(); co_mutex_unlock(&m1519); }
static co_mutex m1520; void f1520(void) { co_mutex_lock(&m1520); f1521(); co_mutex_unlock(&m1520); }
static co_mutex m1521; void f1521(void) { co_mutex_lock(&m1521); f1522(); co_mutex_unlock(&m1521); }
static co_mutex m1522; void f1522(void) { co_mutex_lock(&m1522); f1523(); co_mutex_unlock(&m1522); }
static co_mutex m1523; void f1523(void) { co_mutex_lock(&m1523); f1524(); co_mutex_unlock(&m1523); }
static co_mutex m1524; void f1524(void) { co_mutex_lock(&m1524); f1525(); co_mutex_unlock(&m1524); }
static co_mutex m1525; void f1525(void) { co_mutex_lock(&m1525); f1526(); co_mutex_unlock(&m1525); }
static co_mutex m1526; void f1526(void) { co_mutex_lock(&m1526); f1527(); co_mutex_unlock(&m1526); }
static co_mutex m1527; void f1527(void) { co_mutex_lock(&m1527); f1528(); co_mutex_unlock(&m1527); }
static co_mutex m1528; void f1528(void) { co_mutex_lock(&m1528); f1529(); co_mutex_unlock(&m1528); }
static co_mutex m1529; void f1529(void) { co_mutex_lock(&m1529); f1530(); co_mutex_unlock(&m1529); }
static co_mutex m1530; void f1530(void) { co_mutex_lock(&m1530); f1531(); co_mutex_unlock(&m1530); }
static co_mutex m1531; void f1531(void) { co_mutex_lock(&m1531); f1532(); co_mutex_unlock(&m1531); }
static co_mutex m1532; void f1532(void) { co_mutex_lock(&m1532); f1533(); co_mutex_unlock(&m1532); }
static co_mutex m1533; void f1533(void) { co_mutex_lock(&m1533); f1534(); co_mutex_unlock(&m1533); }
static co_mutex m1534; void f1534(void) { co_mutex_lock(&m1534); f1535(); co_mutex_unlock(&m1534); }
static co_mutex m1535; void f1535(void) { co_mutex_lock(&m1535); f1536(); co_mutex_unlock(&m1535); }
static co_mutex m1536; void f1536(void) { co_mutex_lock(&m1536); f1537(); co_mutex_unlock(&m1536); }
static co_mutex m1537; void f1537(void) { co_mutex_lock(&m1537); f1538(); co_mutex_unlock(&m1537); }
static co_mutex m1538; void f1538(void) { co_mutex_lock(&m1538); f1539(); co_mutex_unlock(&m1538); }
static co_mutex m1539; void f1539(void) { co_mutex_lock(&m1539); f1540(); co_mutex_unlock(&m1539); }
static co_mutex m1540; void f1540(void) { co_mutex_lock(&m1540); f1541(); co_mutex_unlock(&m1540); }
static co_mutex m1541; void f1541(void) { co_mutex_lock(&m1541); f1542(); co_mutex_unlock(&m1541); }
static co_mutex m1542; void f1542(void) { co_mutex_lock(&m1542); f1543(); co_mutex_unlock(&m1542); }
static co_mutex m1543; void f1543(void) { co_mutex_lock(&m1543); f1544(); co_mutex_unlock(&m1543); }
static co_mutex m1544; void f1544(void) { co_mutex_lock(&m1544); f1545(); co_mutex_unlock(&m1544); }
static co_mutex m1545; void f1545(void) { co_mutex_lock(&m1545); f1546(); co_mutex_unlock(&m1545); }
static co_mutex m1546; void f1546(void) { co_mutex_lock(&m1546); f1547(); co_mutex_unlock(&m1546); }
static co_mutex m1547; void f1547(void) { co_mutex_lock(&m1547); f1548(); co_mutex_unlock(&m1547); }
static co_mutex m1548; void f1548(void) { co_mutex_lock(&m1548); f1549(); co_mutex_unlock(&m1548); }
static co_mutex m1549; void f1549(void) { co_mutex_lock(&m1549); f1550(); co_mutex_unlock(&m1549); }
static co_mutex m1550; void f1550(void) { co_mutex_lock(&m1550); f1551(); co_mutex_unlock(&m1550); }
static co_mutex m1551; void f1551(void) { co_mutex_lock(&m1551); f1552(); co_mutex_unlock(&m1551); }
static co_mutex m1552; void f1552(void) { co_mutex_lock(&m1552); f1553(); co_mutex_unlock(&m1552); }
static co_mutex m1553; void f1553(void) { co_mutex_lock(&m1553); f1554(); co_mutex_unlock(&m1553); }
static co_mutex m1554; void f1554(void) { co_mutex_lock(&m1554); f1555(); co_mutex_unlock(&m1554); }
static co_mutex m1555; void f1555(void) { co_mutex_lock(&m1555); f1556(); co_mutex_unlock(&m1555); }
static co_mutex m1556; void f1556(void) { co_mutex_lock(&m1556); f1557(); co_mutex_unlock(&m1556); }
static co_mutex m1557; void f1557(void) { co_mutex_lock(&m1557); f1558(); co_mutex_unlock(&m1557); }
static co_mutex m1558; void f1558(void) { co_mutex_lock(&m1558); f1559(); co_mutex_unlock(&m1558); }
static co_mutex m1559; void f1559(void) { co_mutex_lock(&m1559); f1560(); co_mutex_unlock(&m1559); }
static co_mutex m1560; void f1560(void) { co_mutex_lock(&m1560); f1561(); co_mutex_unlock(&m1560); }
static co_mutex m1561; void f1561(void) { co_mutex_lock(&m1561); f1562(); co_mutex_unlock(&m1561); }
static co_mutex m1562; void f1562(void) { co_mutex_lock(&m1562); f1563(); co_mutex_unlock(&m1562); }
static co_mutex m1563; void f1563(void) { co_mutex_lock(&m1563); f1564(); co_mutex_unlock(&m1563); }
static co_mutex m1564; void f1564(void) { co_mutex_lock(&m1564); f1565(); co_mutex_unlock(&m1564); }
static co_mutex m1565; void f1565(void) { co_mutex_lock(&m1565); f1566(); co_mutex_unlock(&m1565); }
static co_mutex m1566; void f1566(void) { co_mutex_lock(&m1566); f1567(); co_mutex_unlock(&m1566); }
static co_mutex m1567; void f1567(void) { co_mutex_lock(&m1567); f1568(); co_mutex_unlock(&m1567); }
static co_mutex m1568; void f1568(void) { co_mutex_lock(&m1568); f1569(); co_mutex_unlock(&m1568); }
static co_mutex m1569; void f1569(void) { co_mutex_lock(&m1569); f1570(); co_mutex_unlock(&m1569); }
static co_mutex m1570; void f1570(void) { co_mutex_lock(&m1570); f1571(); co_mutex_unlock(&m1570); }
static co_mutex m1571; void f1571(void) { co_mutex_lock(&m1571); f1572(); co_mutex_unlock(&m1571); }
static co_mutex m1572; void f1572(void) { co_mutex_lock(&m1572); f1573(); co_mutex_unlock(&m1572); }
static co_mutex m1573; void f1573(void) { co_mutex_lock(&m1573); f1574(); co_mutex_unlock(&m1573); }
static co_mutex m1574; void f1574(void) { co_mutex_lock(&m1574); f1575(); co_mutex_unlock(&m1574); }
static co_mutex m1575; void f1575(void) { co_mutex_lock(&m1575); f1576(); co_mutex_unlock(&m1575); }
static co_mutex m1576; void f1576(void) { co_mutex_lock(&m1576); f1577(); co_mutex_unlock(&m1576); }
static co_mutex m1577; void f1577(void) { co_mutex_lock(&m1577); f1578(); co_mutex_unlock(&m1577); }
static co_mutex m1578; void f1578(void) { co_mutex_lock(&m1578); f1579(); co_mutex_unlock(&m1578); }
static co_mutex m1579; void f1579(void) { co_mutex_lock(&m1579); f1580(); co_mutex_unlock(&m1579); }
static co_mutex m1580; void f1580(void) { co_mutex_lock(&m1580); f1581(); co_mutex_unlock(&m1580); }
static co_mutex m1581; void f1581(void) { co_mutex_lock(&m1581); f1582(); co_mutex_unlock(&m1581); }
static co_mutex m1582; void f1582(void) { co_mutex_lock(&m1582); f1583(); co_mutex_unlock(&m1582); }
static co_mutex m1583; void f1583(void) { co_mutex_lock(&m1583); f1584(); co_mutex_unlock(&m1583); }
static co_mutex m1584; void f1584(void) { co_mutex_lock(&m1584); f1585(); co_mutex_unlock(&m1584); }
static co_mutex m1585; void f1585(void) { co_mutex_lock(&m1585); f1586(); co_mutex_unlock(&m1585); }
static co_mutex m1586; void f1586(void) { co_mutex_lock(&m1586); f1587(); co_mutex_unlock(&m1586); }
static co_mutex m1587; void f1587(void) { co_mutex_lock(&m1587); f1588(); co_mutex_unlock(&m1587); }
static co_mutex m1588; void f1588(void) { co_mutex_lock(&m1588); f1589(); co_mutex_unlock(&m1588); }
static co_mutex m1589; void f1589(void) { co_mutex_lock(&m1589); f1590(); co_mutex_unlock(&m1589); }
static co_mutex m1590; void f1590(void) { co_mutex_lock(&m1590); f1591(); co_mutex_unlock(&m1590); }
static co_mutex m1591; void f1591(void) { co_mutex_lock(&m1591); f1592(); co_mutex_unlock(&m1591); }
static co_mutex m1592; void f1592(void) { co_mutex_lock(&m1592); f1593(); co_mutex_unlock(&m1592); }
static co_mutex m1593; void f1593(void) { co_mutex_lock(&m1593); f1594(); co_mutex_unlock(&m1593); }
static co_mutex m1594; void f1594(void) { co_mutex_lock(&m1594); f1595(); co_mutex_unlock(&m1594); }
static co_mutex m1595; void f1595(void) { co_mutex_lock(&m1595); f1596(); co_mutex_unlock(&m1595); }
static co_mutex m1596; void f1596(void) { co_mutex_lock(&m1596); f1597(); co_mutex_unlock(&m1596); }
static co_mutex m1597; void f1597(void) { co_mutex_lock(&m1597); f1598(); co_mutex_unlock(&m1597); }
static co_mutex m1598; void f1598(void) { co_mutex_lock(&m1598); f1599(); co_mutex_unlock(&m1598); }
static co_mutex m1599; void f1599(void) { co_mutex_lock(&m1599); f1600(); co_mutex_unlock(&m1599); }
static co_mutex m1600; void f1600(void) { co_mutex_lock(&m1600); f1601(); co_mutex_unlock(&m1600); }
static co_mutex m1601; void f1601(void) { co_mutex_lock(&m1601); f1602(); co_mutex_unlock(&m1601); }
static co_mutex m1602; void f1602(void) { co_mutex_lock(&m1602); f1603(); co_mutex_unlock(&m1602); }
static co_mutex m1603; void f1603(void) { co_mutex_lock(&m1603); f1604(); co_mutex_unlock(&m1603); }
static co_mutex m1604; void f1604(void) { co_mutex_lock(&m1604); f1605(); co_mutex_unlock(&m1604); }
static co_mutex m1605; void f1605(void) { co_mutex_lock(&m1605); f1606(); co_mutex_unlock(&m1605); }
static co_mutex m1606; void f1606(void) { co_mutex_lock(&m1606); f1607(); co_mutex_unlock(&m1606); }
static co_mutex m1607; void f1607(void) { co_mutex_lock(&m1607); f1608(); co_mutex_unlock(&m1607); }
static co_mutex m1608; void f1608(void) { co_mutex_lock(&m1608); f1609(); co_mutex_unlock(&m1608); }
static co_mutex m1609; void f1609(void) { co_mutex_lock(&m1609); f1610(); co_mutex_unlock(&m1609); }
static co_mutex m1610; void f1610(void) { co_mutex_lock(&m1610); f1611(); co_mutex_unlock(&m1610); }
static co_mutex m1611; void f1611(void) { co_mutex_lock(&m1611); f1612(); co_mutex_unlock(&m1611); }
static co_mutex m1612; void f1612(void) { co_mutex_lock(&m1612); f1613(); co_mutex_unlock(&m1612); }
static co_mutex m1613; void f1613(void) { co_mutex_lock(&m1613); f1614(); co_mutex_unlock(&m1613); }
static co_mutex m1614; void f1614(void) { co_mutex_lock(&m1614); f1615(); co_mutex_unlock(&m1614); }
static co_mutex m1615; void f1615(void) { co_mutex_lock(&m1615); f1616(); co_mutex_unlock(&m1615); }
static co_mutex m1616; void f1616(void) { co_mutex_lock(&m1616); f1617(); co_mutex_unlock(&m1616); }
static co_mutex m1617; void f1617(void) { co_mutex_lock(&m1617); f1618(); co_mutex_unlock(&m1617); }
static co_mutex m1618; void f1618(void) { co_mutex_lock(&m1618); f1619(); co_mutex_unlock(&m1618); }
static co_mutex m1619; void f1619(void) { co_mutex_lock(&m1619); f1620(); co_mutex_unlock(&m1619); }
static co_mutex m1620; void f1620(void) { co_mutex_lock(&m1620); f1621(); co_mutex_unlock(&m1620); }
static co_mutex m1621; void f1621(void) { co_mutex_lock(&m1621); f1622(); co_mutex_unlock(&m1621); }
static co_mutex m1622; void f1622(void) { co_mutex_lock(&m1622); f1623(); co_mutex_unlock(&m1622); }
static co_mutex m1623; void f1623(void) { co_mutex_lock(&m1623); f1624(); co_mutex_unlock(&m1623); }
static co_mutex m1624; void f1624(void) { co_mutex_lock(&m1624); f1625(); co_mutex_unlock(&m1624); }
static co_mutex m1625; void f1625(void) { co_mutex_lock(&m1625); f1626(); co_mutex_unlock(&m1625); }
static co_mutex m1626; void f1626(void) { co_mutex_lock(&m1626); f1627(); co_mutex_unlock(&m1626); }
static co_mutex m1627; void f1627(void) { co_mutex_lock(&m1627); f1628(); co_mutex_unlock(&m1627); }
static co_mutex m1628; void f1628(void) { co_mutex_lock(&m1628); f1629(); co_mutex_unlock(&m1628); }
static co_mutex m1629; void f1629(void) { co_mutex_lock(&m1629); f1630(); co_mutex_unlock(&m1629); }
static co_mutex m1630; void f1630(void) { co_mutex_lock(&m1630); f1631(); co_mutex_unlock(&m1630); }
static co_mutex m1631; void f1631(void) { co_mutex_lock(&m1631); f1632(); co_mutex_unlock(&m1631); }
static co_mutex m1632; void f1632(void) { co_mutex_lock(&m1632); f1633(); co_mutex_unlock(&m1632); }
static co_mutex m1633; void f1633(void) { co_mutex_lock(&m1633); f1634(); co_mutex_unlock(&m1633); }
static co_mutex m1634; void f1634(void) { co_mutex_lock(&m1634); f1635(); co_mutex_unlock(&m1634); }
static co_mutex m1635; void f1635(void) { co_mutex_lock(&m1635); f1636(); co_mutex_unlock(&m1635); }
static co_mutex m1636; void f1636(void) { co_mutex_lock(&m1636); f1637(); co_mutex_unlock(&m1636); }
static co_mutex m1637; void f1637(void) { co_mutex_lock(&m1637); f1638(); co_mutex_unlock(&m1637); }
static co_mutex m1638; void f1638(void) { co_mutex_lock(&m1638); f1639(); co_mutex_unlock(&m1638); }
static co_mutex m1639; void f1639(void) { co_mutex_lock(&m1639); f1640(); co_mutex_unlock(&m1639); }
static co_mutex m1640; void f1640(void) { co_mutex_lock(&m1640); f1641(); co_mutex_unlock(&m1640); }
static co_mutex m1641; void f1641(void) { co_mutex_lock(&m1641); f1642(); co_mutex_unlock(&m1641); }
static co_mutex m1642; void f1642(void) { co_mutex_lock(&m1642); f1643(); co_mutex_unlock(&m1642); }
static co_mutex m1643; void f1643(void) { co_mutex_lock(&m1643); f1644(); co_mutex_unlock(&m1643); }
static co_mutex m1644; void f1644(void) { co_mutex_lock(&m1644); f1645(); co_mutex_unlock(&m1644); }
static co_mutex m1645; void f1645(void) { co_mutex_lock(&m1645); f1646(); co_mutex_unlock(&m1645); }
static co_mutex m1646; void f1646(void) { co_mutex_lock(&m1646); f1647(); co_mutex_unlock(&m1646); }
static co_mutex m1647; void f1647(void) { co_mutex_lock(&m1647); f1648(); co_mutex_unlock(&m1647); }
static co_mutex m1648; void f1648(void) { co_mutex_lock(&m1648); f1649(); co_mutex_unlock(&m1648); }
static co_mutex m1649; void f1649(void) { co_mutex_lock(&m1649); f1650(); co_mutex_unlock(&m1649); }
static co_mutex m1650; void f1650(void) { co_mutex_lock(&m1650); f1651(); co_mutex_unlock(&m1650); }
static co_mutex m1651; void f1651(void) { co_mutex_lock(&m1651); f1652(); co_mutex_unlock(&m1651); }
static co_mutex m1652; void f1652(void) { co_mutex_lock(&m1652); f1653(); co_mutex_unlock(&m1652); }
static co_mutex m1653; void f1653(void) { co_mutex_lock(&m1653); f1654(); co_mutex_unlock(&m1653); }
static co_mutex m1654; void f1654(void) { co_mutex_lock(&m1654); f1655(); co_mutex_unlock(&m1654); }
static co_mutex m1655; void f1655(void) { co_mutex_lock(&m1655); f1656(); co_mutex_unlock(&m1655); }
static co_mutex m1656; void f1656(void) { co_mutex_lock(&m1656); f1657(); co_mutex_unlock(&m1656); }
static co_mutex m1657; void f1657(void) { co_mutex_lock(&m1657); f1658(); co_mutex_unlock(&m1657); }
static co_mutex m1658; void f1658(void) { co_mutex_lock(&m1658); f1659(); co_mutex_unlock(&m1658); }
static co_mutex m1659; void f1659(void) { co_mutex_lock(&m1659); f1660(); co_mutex_unlock(&m1659); }
static co_mutex m1660; void f1660(void) { co_mutex_lock(&m1660); f1661(); co_mutex_unlock(&m1660); }
static co_mutex m1661; void f1661(void) { co_mutex_lock(&m1661); f1662(); co_mutex_unlock(&m1661); }
static co_mutex m1662; void f1662(void) { co_mutex_lock(&m1662); f1663(); co_mutex_unlock(&m1662); }
static co_mutex m1663; void f1663(void) { co_mutex_lock(&m1663); f1664(); co_mutex_unlock(&m1663); }
static co_mutex m1664; void f1664(void) { co_mutex_lock(&m1664); f1665(); co_mutex_unlock(&m1664); }
static co_mutex m1665; void f1665(void) { co_mutex_lock(&m1665); f1666(); co_mutex_unlock(&m1665); }
static co_mutex m1666; void f1666(void) { co_mutex_lock(&m1666); f1667(); co_mutex_unlock(&m1666); }
static co_mutex m1667; void f1667(void) { co_mutex_lock(&m1667); f1668(); co_mutex_unlock(&m1667); }
static co_mutex m1668; void f1668(void) { co_mutex_lock(&m1668); f1669(); co_mutex_unlock(&m1668); }
static co_mutex m1669; void f1669(void) { co_mutex_lock(&m1669); f1670(); co_mutex_unlock(&m1669); }
static co_mutex m1670; void f1670(void) { co_mutex_lock(&m1670); f1671(); co_mutex_unlock(&m1670); }
static co_mutex m1671; void f1671(void) { co_mutex_lock(&m1671); f1672(); co_mutex_unlock(&m1671); }
static co_mutex m1672; void f1672(void) { co_mutex_lock(&m1672); f1673(); co_mutex_unlock(&m1672); }
static co_mutex m1673; void f1673(void) { co_mutex_lock(&m1673); f1674(); co_mutex_unlock(&m1673); }
static co_mutex m1674; void f1674(void) { co_mutex_lock(&m1674); f1675(); co_mutex_unlock(&m1674); }
static co_mutex m1675; void f1675(void) { co_mutex_lock(&m1675); f1676(); co_mutex_unlock(&m1675); }
static co_mutex m1676; void f1676(void) { co_mutex_lock(&m1676); f1677(); co_mutex_unlock(&m1676); }
static co_mutex m1677; void f1677(void) { co_mutex_lock(&m1677); f1678(); co_mutex_unlock(&m1677); }
static co_mutex m1678; void f1678(void) { co_mutex_lock(&m1678); f1679(); co_mutex_unlock(&m1678); }
static co_mutex m1679; void f1679(void) { co_mutex_lock(&m1679); f1680(); co_mutex_unlock(&m1679); }
static co_mutex m1680; void f1680(void) { co_mutex_lock(&m1680); f1681(); co_mutex_unlock(&m1680); }
static co_mutex m1681; void f1681(void) { co_mutex_lock(&m1681); f1682(); co_mutex_unlock(&m1681); }
static co_mutex m1682; void f1682(void) { co_mutex_lock(&m1682); f1683(); co_mutex_unlock(&m1682); }
static co_mutex m1683; void f1683(void) { co_mutex_lock(&m1683); f1684(); co_mutex_unlock(&m1683); }
static co_mutex m1684; void f1684(void) { co_mutex_lock(&m1684); f1685(); co_mutex_unlock(&m1684); }
static co_mutex m1685; void f1685(void) { co_mutex_lock(&m1685); f1686(); co_mutex_unlock(&m1685); }
static co_mutex m1686; void f1686(void) { co_mutex_lock(&m1686); f1687(); co_mutex_unlock(&m1686); }
static co_mutex m1687; void f1687(void) { co_mutex_lock(&m1687); f1688(); co_mutex_unlock(&m1687); }
static co_mutex m1688; void f1688(void) { co_mutex_lock(&m1688); f1689(); co_mutex_unlock(&m1688); }
static co_mutex m1689; void f1689(void) { co_mutex_lock(&m1689); f1690(); co_mutex_unlock(&m1689); }
static co_mutex m1690; void f1690(void) { co_mutex_lock(&m1690); f1691(); co_mutex_unlock(&m1690); }
static co_mutex m1691; void f1691(void) { co_mutex_lock(&m1691); f1692(); co_mutex_unlock(&m1691); }
static co_mutex m1692; void f1692(void) { co_mutex_lock(&m1692); f1693(); co_mutex_unlock(&m1692); }
static co_mutex m1693; void f1693(void) { co_mutex_lock(&m1693); f1694(); co_mutex_unlock(&m1693); }
static co_mutex m1694; void f1694(void) { co_mutex_lock(&m1694); f1695(); co_mutex_unlock(&m1694); }
static co_mutex m1695; void f1695(void) { co_mutex_lock(&m1695); f1696(); co_mutex_unlock(&m1695); }
static co_mutex m1696; void f1696(void) { co_mutex_lock(&m1696); f1697(); co_mutex_unlock(&m1696); }
static co_mutex m1697; void f1697(void) { co_mutex_lock(&m1697); f1698(); co_mutex_unlock(&m1697); }
static co_mutex m1698; void f1698(void) { co_mutex_lock(&m1698); f1699(); co_mutex_unlock(&m1698); }
static co_mutex m1699; void f1699(void) { co_mutex_lock(&m1699); f1700(); co_mutex_unlock(&m1699); }
static co_mutex m1700; void f1700(void) { co_mutex_lock(&m1700); f1701(); co_mutex_unlock(&m1700); }
static co_mutex m1701; void f1701(void) { co_mutex_lock(&m1701); f1702(); co_mutex_unlock(&m1701); }
static co_mutex m1702; void f1702(void) { co_mutex_lock(&m1702); f1703(); co_mutex_unlock(&m1702); }
static co_mutex m1703; void f1703(void) { co_mutex_lock(&m1703); f1704(); co_mutex_unlock(&m1703); }
static co_mutex m1704; void f1704(void) { co_mutex_lock(&m1704); f1705(); co_mutex_unlock(&m1704); }
static co_mutex m1705; void f1705(void) { co_mutex_lock(&m1705); f1706(); co_mutex_unlock(&m1705); }
static co_mutex m1706; void f1706(void) { co_mutex_lock(&m1706); f1707(); co_mutex_unlock(&m1706); }
static co_mutex m1707; void f1707(void) { co_mutex_lock(&m1707); f1708(); co_mutex_unlock(&m1707); }
static co_mutex m1708; void f1708(void) { co_mutex_lock(&m1708); f1709(); co_mutex_unlock(&m1708); }
static co_mutex m1709; void f1709(void) { co_mutex_lock(&m1709); f1710(); co_mutex_unlock(&m1709); }
static co_mutex m1710; void f1710(void) { co_mutex_lock(&m1710); f1711(); co_mutex_unlock(&m1710); }
static co_mutex m1711; void f1711(void) { co_mutex_lock(&m1711); f1712(); co_mutex_unlock(&m1711); }
static co_mutex m1712; void f1712(void) { co_mutex_lock(&m1712); f1713(); co_mutex_unlock(&m1712); }
static co_mutex m1713; void f1713(void) { co_mutex_lock(&m1713); f1714(); co_mutex_unlock(&m1713); }
static co_mutex m1714; void f1714(void) { co_mutex_lock(&m1714); f1715(); co_mutex_unlock(&m1714); }
static co_mutex m1715; void f1715(void) { co_mutex_lock(&m1715); f1716(); co_mutex_unlock(&m1715); }
static co_mutex m1716; void f1716(void) { co_mutex_lock(&m1716); f1717(); co_mutex_unlock(&m1716); }
static co_mutex m1717; void f1717(void) { co_mutex_lock(&m1717); f1718(); co_mutex_unlock(&m1717); }
static co_mutex m1718; void f1718(void) { co_mutex_lock(&m1718); f1719(); co_mutex_unlock(&m1718); }
static co_mutex m1719; void f1719(void) { co_mutex_lock(&m1719); f1720(); co_mutex_unlock(&m1719); }
static co_mutex m1720; void f1720(void) { co_mutex_lock(&m1720); f1721(); co_mutex_unlock(&m1720); }
static co_mutex m1721; void f1721(void) { co_mutex_lock(&m1721); f1722(); co_mutex_unlock(&m1721); }
static co_mutex m1722; void f1722(void) { co_mutex_lock(&m1722); f1723(); co_mutex_unlock(&m1722); }
static co_mutex m1723; void f1723(void) { co_mutex_lock(&m1723); f1724(); co_mutex_unlock(&m1723); }
static co_mutex m1724; void f1724(void) { co_mutex_lock(&m1724); f1725(); co_mutex_unlock(&m1724); }
static co_mutex m1725; void f1725(void) { co_mutex_lock(&m1725); f1726(); co_mutex_unlock(&m1725); }
static co_mutex m1726; void f1726(void) { co_mutex_lock(&m1726); f1727(); co_mutex_unlock(&m1726); }
static co_mutex m1727; void f1727(void) { co_mutex_lock(&m1727); f1728(); co_mutex_unlock(&m1727); }
static co_mutex m1728; void f1728(void) { co_mutex_lock(&m1728); f1729(); co_mutex_unlock(&m1728); }
static co_mutex m1729; void f1729(void) { co_mutex_lock(&m1729); f1730(); co_mutex_unlock(&m1729); }
static co_mutex m1730; void f1730(void) { co_mutex_lock(&m1730); f1731(); co_mutex_unlock(&m1730); }
static co_mutex m1731; void f1731(void) { co_mutex_lock(&m1731); f1732(); co_mutex_unlock(&m1731); }
static co_mutex m1732; void f1732(void) { co_mutex_lock(&m1732); f1733(); co_mutex_unlock(&m1732); }
static co_mutex m1733; void f1733(void) { co_mutex_lock(&m1733); f1734(); co_mutex_unlock(&m1733); }
static co_mutex m1734; void f1734(void) { co_mutex_lock(&m1734); f1735(); co_mutex_unlock(&m1734); }
static co_mutex m1735; void f1735(void) { co_mutex_lock(&m1735); f1736(); co_mutex_unlock(&m1735); }
static co_mutex m1736; void f1736(void) { co_mutex_lock(&m1736); f1737(); co_mutex_unlock(&m1736); }
static co_mutex m1737; void f1737(void) { co_mutex_lock(&m1737); f1738(); co_mutex_unlock(&m1737); }
static co_mutex m1738; void f1738(void) { co_mutex_lock(&m1738); f1739(); co_mutex_unlock(&m1738); }
static co_mutex m1739; void f1739(void) { co_mutex_lock(&m1739); f1740(); co_mutex_unlock(&m1739); }
static co_mutex m1740; void f1740(void) { co_mutex_lock(&m1740); f1741(); co_mutex_unlock(&m1740); }
static co_mutex m1741; void f1741(void) { co_mutex_lock(&m1741); f1742(); co_mutex_unlock(&m1741); }
static co_mutex m1742; void f1742(void) { co_mutex_lock(&m1742); f1743(); co_mutex_unlock(&m1742); }
static co_mutex m1743; void f1743(void) { co_mutex_lock(&m1743); f1744(); co_mutex_unlock(&m1743); }
static co_mutex m1744; void f1744(void) { co_mutex_lock(&m1744); f1745(); co_mutex_unlock(&m1744); }
static co_mutex m1745; void f1745(void) { co_mutex_lock(&m1745); f1746(); co_mutex_unlock(&m1745); }
static co_mutex m1746; void f1746(void) { co_mutex_lock(&m1746); f1747(); co_mutex_unlock(&m1746); }
static co_mutex m1747; void f1747(void) { co_mutex_lock(&m1747); f1748(); co_mutex_unlock(&m1747); }
static co_mutex m1748; void f1748(void) { co_mutex_lock(&m1748); f1749(); co_mutex_unlock(&m1748); }
static co_mutex m1749; void f1749(void) { co_mutex_lock(&m1749); f1750(); co_mutex_unlock(&m1749); }
static co_mutex m1750; void f1750(void) { co_mutex_lock(&m1750); f1751(); co_mutex_unlock(&m1750); }
static co_mutex m1751; void f1751(void) { co_mutex_lock(&m1751); f1752(); co_mutex_unlock(&m1751); }
static co_mutex m1752; void f1752(void) { co_mutex_lock(&m1752); f1753(); co_mutex_unlock(&m1752); }
static co_mutex m1753; void f1753(void) { co_mutex_lock(&m1753); f1754(); co_mutex_unlock(&m1753); }
static co_mutex m1754; void f1754(void) { co_mutex_lock(&m1754); f1755(); co_mutex_unlock(&m1754); }
static co_mutex m1755; void f1755(void) { co_mutex_lock(&m1755); f1756(); co_mutex_unlock(&m1755); }
static co_mutex m1756; void f1756(void) { co_mutex_lock(&m1756); f1757(); co_mutex_unlock(&m1756); }
static co_mutex m1757; void f1757(void) { co_mutex_lock(&m1757); f1758(); co_mutex_unlock(&m1757); }
static co_mutex m1758; void f1758(void) { co_mutex_lock(&m1758); f1759(); co_mutex_unlock(&m1758); }
static co_mutex m1759; void f1759(void) { co_mutex_lock(&m1759); f1760(); co_mutex_unlock(&m1759); }
static co_mutex m1760; void f1760(void) { co_mutex_lock(&m1760); f1761(); co_mutex_unlock(&m1760); }
static co_mutex m1761; void f1761(void) { co_mutex_lock(&m1761); f1762(); co_mutex_unlock(&m1761); }
static co_mutex m1762; void f1762(void) { co_mutex_lock(&m1762); f1763(); co_mutex_unlock(&m1762); }
static co_mutex m1763; void f1763(void) { co_mutex_lock(&m1763); f1764(); co_mutex_unlock(&m1763); }
static co_mutex m1764; void f1764(void) { co_mutex_lock(&m1764); f1765(); co_mutex_unlock(&m1764); }
static co_mutex m1765; void f1765(void) { co_mutex_lock(&m1765); f1766(); co_mutex_unlock(&m1765); }
static co_mutex m1766; void f1766(void) { co_mutex_lock(&m1766); f1767(); co_mutex_unlock(&m1766); }
static co_mutex m1767; void f1767(void) { co_mutex_lock(&m1767); f1768(); co_mutex_unlock(&m1767); }
static co_mutex m1768; void f1768(void) { co_mutex_lock(&m1768); f1769(); co_mutex_unlock(&m1768); }
static co_mutex m1769; void f1769(void) { co_mutex_lock(&m1769); f1770(); co_mutex_unlock(&m1769); }
static co_mutex m1770; void f1770(void) { co_mutex_lock(&m1770); f1771(); co_mutex_unlock(&m1770); }
static co_mutex m1771; void f1771(void) { co_mutex_lock(&m1771); f1772(); co_mutex_unlock(&m1771); }
static co_mutex m1772; void f1772(void) { co_mutex_lock(&m1772); f1773(); co_mutex_unlock(&m1772); }
static co_mutex m1773; void f1773(void) { co_mutex_lock(&m1773); f1774(); co_mutex_unlock(&m1773); }
static co_mutex m1774; void f1774(void) { co_mutex_lock(&m1774); f1775(); co_mutex_unlock(&m1774); }
static co_mutex m1775; void f1775(void) { co_mutex_lock(&m1775); f1776(); co_mutex_unlock(&m1775); }
static co_mutex m1776; void f1776(void) { co_mutex_lock(&m1776); f1777(); co_mutex_unlock(&m1776); }
static co_mutex m1777; void f1777(void) { co_mutex_lock(&m1777); f1778(); co_mutex_unlock(&m1777); }
static co_mutex m1778; void f1778(void) { co_mutex_lock(&m1778); f1779(); co_mutex_unlock(&m1778); }
static co_mutex m1779; void f1779(void) { co_mutex_lock(&m1779); f1780(); co_mutex_unlock(&m1779); }
static co_mutex m1780; void f1780(void) { co_mutex_lock(&m1780); f1781(); co_mutex_unlock(&m1780); }
static co_mutex m1781; void f1781(void) { co_mutex_lock(&m1781); f1782(); co_mutex_unlock(&m1781); }
static co_mutex m1782; void f1782(void) { co_mutex_lock(&m1782); f1783(); co_mutex_unlock(&m1782); }
static co_mutex m1783; void f1783(void) { co_mutex_lock(&m1783); f1784(); co_mutex_unlock(&m1783); }
static co_mutex m1784; void f1784(void) { co_mutex_lock(&m1784); f1785(); co_mutex_unlock(&m1784); }
static co_mutex m1785; void f1785(void) { co_mutex_lock(&m1785); f1786(); co_mutex_unlock(&m1785); }
static co_mutex m1786; void f1786(void) { co_mutex_lock(&m1786); f1787(); co_mutex_unlock(&m1786); }
static co_mutex m1787; void f1787(void) { co_mutex_lock(&m1787); f1788(); co_mutex_unlock(&m1787); }
static co_mutex m1788; void f1788(void) { co_mutex_lock(&m1788); f1789(); co_mutex_unlock(&m1788); }
static co_mutex m1789; void f1789(void) { co_mutex_lock(&m1789); f1790(); co_mutex_unlock(&m1789); }
static co_mutex m1790; void f1790(void) { co_mutex_lock(&m1790); f1791(); co_mutex_unlock(&m1790); }
static co_mutex m1791; void f1791(void) { co_mutex_lock(&m1791); f1792(); co_mutex_unlock(&m1791); }
static co_mutex m1792; void f1792(void) { co_mutex_lock(&m1792); f1793(); co_mutex_unlock(&m1792); }
static co_mutex m1793; void f1793(void) { co_mutex_lock(&m1793); f1794(); co_mutex_unlock(&m1793); }
static co_mutex m1794; void f1794(void) { co_mutex_lock(&m1794); f1795(); co_mutex_unlock(&m1794); }
static co_mutex m1795; void f1795(void) { co_mutex_lock(&m1795); f1796(); co_mutex_unlock(&m1795); }
static co_mutex m1796; void f1796(void) { co_mutex_lock(&m1796); f1797(); co_mutex_unlock(&m1796); }
static co_mutex m1797; void f1797(void) { co_mutex_lock(&m1797); f1798(); co_mutex_unlock(&m1797); }
static co_mutex m1798; void f1798(void) { co_mutex_lock(&m1798); f1799(); co_mutex_unlock(&m1798); }
static co_mutex m1799; void f1799(void) { co_mutex_lock(&m1799); f1800(); co_mutex_unlock(&m1799); }
static co_mutex m1800; void f1800(void) { co_mutex_lock(&m1800); f1801(); co_mutex_unlock(&m1800); }
static co_mutex m1801; void f1801(void) { co_mutex_lock(&m1801); f1802(); co_mutex_unlock(&m1801); }
static co_mutex m1802; void f1802(void) { co_mutex_lock(&m1802); f1803(); co_mutex_unlock(&m1802); }
static co_mutex m1803; void f1803(void) { co_mutex_lock(&m1803); f1804(); co_mutex_unlock(&m1803); }
static co_mutex m1804; void f1804(void) { co_mutex_lock(&m1804); f1805(); co_mutex_unlock(&m1804); }
static co_mutex m1805; void f1805(void) { co_mutex_lock(&m1805); f1806(); co_mutex_unlock(&m1805); }
static co_mutex m1806; void f1806(void) { co_mutex_lock(&m1806); f1807(); co_mutex_unlock(&m1806); }
static co_mutex m1807; void f1807(void) { co_mutex_lock(&m1807); f1808(); co_mutex_unlock(&m1807); }
static co_mutex m1808; void f1808(void) { co_mutex_lock(&m1808); f1809(); co_mutex_unlock(&m1808); }
static co_mutex m1809; void f1809(void) { co_mutex_lock(&m1809); f1810(); co_mutex_unlock(&m1809); }
static co_mutex m1810; void f1810(void) { co_mutex_lock(&m1810); f1811(); co_mutex_unlock(&m1810); }
static co_mutex m1811; void f1811(void) { co_mutex_lock(&m1811); f1812(); co_mutex_unlock(&m1811); }
static co_mutex m1812; void f1812(void) { co_mutex_lock(&m1812); f1813(); co_mutex_unlock(&m1812); }
static co_mutex m1813; void f1813(void) { co_mutex_lock(&m1813); f1814(); co_mutex_unlock(&m1813); }
static co_mutex m1814; void f1814(void) { co_mutex_lock(&m1814); f1815(); co_mutex_unlock(&m1814); }
static co_mutex m1815; void f1815(void) { co_mutex_lock(&m1815); f1816(); co_mutex_unlock(&m1815); }
static co_mutex m1816; void f1816(void) { co_mutex_lock(&m1816); f1817(); co_mutex_unlock(&m1816); }
static co_mutex m1817; void f1817(void) { co_mutex_lock(&m1817); f1818(); co_mutex_unlock(&m1817); }
static co_mutex m1818; void f1818(void) { co_mutex_lock(&m1818); f1819(); co_mutex_unlock(&m1818); }
static co_mutex m1819; void f1819(void) { co_mutex_lock(&m1819); f1820(); co_mutex_unlock(&m1819); }
static co_mutex m1820; void f1820(void) { co_mutex_lock(&m1820); f1821(); co_mutex_unlock(&m1820); }
static co_mutex m1821; void f1821(void) { co_mutex_lock(&m1821); f1822(); co_mutex_unlock(&m1821); }
static co_mutex m1822; void f1822(void) { co_mutex_lock(&m1822); f1823(); co_mutex_unlock(&m1822); }
static co_mutex m1823; void f1823(void) { co_mutex_lock(&m1823); f1824(); co_mutex_unlock(&m1823); }
static co_mutex m1824; void f1824(void) { co_mutex_lock(&m1824); f1825(); co_mutex_unlock(&m1824); }
static co_mutex m1825; void f1825(void) { co_mutex_lock(&m1825); f1826(); co_mutex_unlock(&m1825); }
static co_mutex m1826; void f1826(void) { co_mutex_lock(&m1826); f1827(); co_mutex_unlock(&m1826); }
static co_mutex m1827; void f1827(void) { co_mutex_lock(&m1827); f1828(); co_mutex_unlock(&m1827); }
static co_mutex m1828; void f1828(void) { co_mutex_lock(&m1828); f1829(); co_mutex_unlock(&m1828); }
static co_mutex m1829; void f1829(void) { co_mutex_lock(&m1829); f1830(); co_mutex_unlock(&m1829); }
static co_mutex m1830; void f1830(void) { co_mutex_lock(&m1830); f1831(); co_mutex_unlock(&m1830); }
static co_mutex m1831; void f1831(void) { co_mutex_lock(&m1831); f1832(); co_mutex_unlock(&m1831); }
static co_mutex m1832; void f1832(void) { co_mutex_lock(&m1832); f1833(); co_mutex_unlock(&m1832); }
static co_mutex m1833; void f1833(void) { co_mutex_lock(&m1833); f1834(); co_mutex_unlock(&m1833); }
static co_mutex m1834; void f1834(void) { co_mutex_lock(&m1834); f1835(); co_mutex_unlock(&m1834); }
static co_mutex m1835; void f1835(void) { co_mutex_lock(&m1835); f1836(); co_mutex_unlock(&m1835); }
static co_mutex m1836; void f1836(void) { co_mutex_lock(&m1836); f1837(); co_mutex_unlock(&m1836); }
static co_mutex m1837; void f1837(void) { co_mutex_lock(&m1837); f1838(); co_mutex_unlock(&m1837); }
static co_mutex m1838; void f1838(void) { co_mutex_lock(&m1838); f1839(); co_mutex_unlock(&m1838); }
static co_mutex m1839; void f1839(void) { co_mutex_lock(&m1839); f1840(); co_mutex_unlock(&m1839); }
static co_mutex m1840; void f1840(void) { co_mutex_lock(&m1840); f1841(); co_mutex_unlock(&m1840); }
static co_mutex m1841; void f1841(void) { co_mutex_lock(&m1841); f1842(); co_mutex_unlock(&m1841); }
static co_mutex m1842; void f1842(void) { co_mutex_lock(&m1842); f1843(); co_mutex_unlock(&m1842); }
static co_mutex m1843; void f1843(void) { co_mutex_lock(&m1843); f1844(); co_mutex_unlock(&m1843); }
static co_mutex m1844; void f1844(void) { co_mutex_lock(&m1844); f1845(); co_mutex_unlock(&m1844); }
static co_mutex m1845; void f1845(void) { co_mutex_lock(&m1845); f1846(); co_mutex_unlock(&m1845); }
static co_mutex m1846; void f1846(void) { co_mutex_lock(&m1846); f1847(); co_mutex_unlock(&m1846); }
static co_mutex m1847; void f1847(void) { co_mutex_lock(&m1847); f1848(); co_mutex_unlock(&m1847); }
static co_mutex m1848; void f1848(void) { co_mutex_lock(&m1848); f1849(); co_mutex_unlock(&m1848); }
static co_mutex m1849; void f1849(void) { co_mutex_lock(&m1849); f1850(); co_mutex_unlock(&m1849); }
static co_mutex m1850; void f1850(void) { co_mutex_lock(&m1850); f1851(); co_mutex_unlock(&m1850); }
static co_mutex m1851; void f1851(void) { co_mutex_lock(&m1851); f1852(); co_mutex_unlock(&m1851); }
static co_mutex m1852; void f1852(void) { co_mutex_lock(&m1852); f1853(); co_mutex_unlock(&m1852); }
static co_mutex m1853; void f1853(void) { co_mutex_lock(&m1853); f1854(); co_mutex_unlock(&m1853); }
static co_mutex m1854; void f1854(void) { co_mutex_lock(&m1854); f1855(); co_mutex_unlock(&m1854); }
static co_mutex m1855; void f1855(void) { co_mutex_lock(&m1855); f1856(); co_mutex_unlock(&m1855); }
static co_mutex m1856; void f1856(void) { co_mutex_lock(&m1856); f1857(); co_mutex_unlock(&m1856); }
static co_mutex m1857; void f1857(void) { co_mutex_lock(&m1857); f1858(); co_mutex_unlock(&m1857); }
static co_mutex m1858; void f1858(void) { co_mutex_lock(&m1858); f1859(); co_mutex_unlock(&m1858); }
static co_mutex m1859; void f1859(void) { co_mutex_lock(&m1859); f1860(); co_mutex_unlock(&m1859); }
static co_mutex m1860; void f1860(void) { co_mutex_lock(&m1860); f1861(); co_mutex_unlock(&m1860); }
static co_mutex m1861; void f1861(void) { co_mutex_lock(&m1861); f1862(); co_mutex_unlock(&m1861); }
static co_mutex m1862; void f1862(void) { co_mutex_lock(&m1862); f1863(); co_mutex_unlock(&m1862); }
static co_mutex m1863; void f1863(void) { co_mutex_lock(&m1863); f1864(); co_mutex_unlock(&m1863); }
static co_mutex m1864; void f1864(void) { co_mutex_lock(&m1864); f1865(); co_mutex_unlock(&m1864); }
static co_mutex m1865; void f1865(void) { co_mutex_lock(&m1865); f1866(); co_mutex_unlock(&m1865); }
static co_mutex m1866; void f1866(void) { co_mutex_lock(&m1866); f1867(); co_mutex_unlock(&m1866); }
static co_mutex m1867; void f1867(void) { co_mutex_lock(&m1867); f1868(); co_mutex_unlock(&m1867); }
static co_mutex m1868; void f1868(void) { co_mutex_lock(&m1868); f1869(); co_mutex_unlock(&m1868); }
static co_mutex m1869; void f1869(void) { co_mutex_lock(&m1869); f1870(); co_mutex_unlock(&m1869); }
static co_mutex m1870; void f1870(void) { co_mutex_lock(&m1870); f1871(); co_mutex_unlock(&m1870); }
static co_mutex m1871; void f1871(void) { co_mutex_lock(&m1871); f1872(); co_mutex_unlock(&m1871); }
static co_mutex m1872; void f1872(void) { co_mutex_lock(&m1872); f1873(); co_mutex_unlock(&m1872); }
static co_mutex m1873; void f1873(void) { co_mutex_lock(&m1873); f1874(); co_mutex_unlock(&m1873); }
static co_mutex m1874; void f1874(void) { co_mutex_lock(&m1874); f1875(); co_mutex_unlock(&m1874); }
static co_mutex m1875; void f1875(void) { co_mutex_lock(&m1875); f1876(); co_mutex_unlock(&m1875); }
static co_mutex m1876; void f1876(void) { co_mutex_lock(&m1876); f1877(); co_mutex_unlock(&m1876); }
static co_mutex m1877; void f1877(void) { co_mutex_lock(&m1877); f1878(); co_mutex_unlock(&m1877); }
static co_mutex m1878; void f1878(void) { co_mutex_lock(&m1878); f1879(); co_mutex_unlock(&m1878); }
static co_mutex m1879; void f1879(void) { co_mutex_lock(&m1879); f1880(); co_mutex_unlock(&m1879); }
static co_mutex m1880; void f1880(void) { co_mutex_lock(&m1880); f1881(); co_mutex_unlock(&m1880); }
static co_mutex m1881; void f1881(void) { co_mutex_lock(&m1881); f1882(); co_mutex_unlock(&m1881); }
static co_mutex m1882; void f1882(void) { co_mutex_lock(&m1882); f1883(); co_mutex_unlock(&m1882); }
static co_mutex m1883; void f1883(void) { co_mutex_lock(&m1883); f1884(); co_mutex_unlock(&m1883); }
static co_mutex m1884; void f1884(void) { co_mutex_lock(&m1884); f1885(); co_mutex_unlock(&m1884); }
static co_mutex m1885; void f1885(void) { co_mutex_lock(&m1885); f1886(); co_mutex_unlock(&m1885); }
static co_mutex m1886; void f1886(void) { co_mutex_lock(&m1886); f1887(); co_mutex_unlock(&m1886); }
static co_mutex m1887; void f1887(void) { co_mutex_lock(&m1887); f1888(); co_mutex_unlock(&m1887); }
static co_mutex m1888; void f1888(void) { co_mutex_lock(&m1888); f1889(); co_mutex_unlock(&m1888); }
static co_mutex m1889; void f1889(void) { co_mutex_lock(&m1889); f1890(); co_mutex_unlock(&m1889); }
static co_mutex m1890; void f1890(void) { co_mutex_lock(&m1890); f1891(); co_mutex_unlock(&m1890); }
static co_mutex m1891; void f1891(void) { co_mutex_lock(&m1891); f1892(); co_mutex_unlock(&m1891); }
static co_mutex m1892; void f1892(void) { co_mutex_lock(&m1892); f1893(); co_mutex_unlock(&m1892); }
static co_mutex m1893; void f1893(void) { co_mutex_lock(&m1893); f1894(); co_mutex_unlock(&m1893); }
static co_mutex m1894; void f1894(void) { co_mutex_lock(&m1894); f1895(); co_mutex_unlock(&m1894); }
static co_mutex m1895; void f1895(void) { co_mutex_lock(&m1895); f1896(); co_mutex_unlock(&m1895); }
static co_mutex m1896; void f1896(void) { co_mutex_lock(&m1896); f1897(); co_mutex_unlock(&m1896); }
static co_mutex m1897; void f1897(void) { co_mutex_lock(&m1897); f1898(); co_mutex_unlock(&m1897); }
static co_mutex m1898; void f1898(void) { co_mutex_lock(&m1898); f1899(); co_mutex_unlock(&m1898); }
static co_mutex m1899; void f1899(void) { co_mutex_lock(&m1899); f1900(); co_mutex_unlock(&m1899); }
static co_mutex m1900; void f1900(void) { co_mutex_lock(&m1900); f1901(); co_mutex_unlock(&m1900); }
static co_mutex m1901; void f1901(void) { co_mutex_lock(&m1901); f1902(); co_mutex_unlock(&m1901); }
static co_mutex m1902; void f1902(void) { co_mutex_lock(&m1902); f1903(); co_mutex_unlock(&m1902); }
static co_mutex m1903; void f1903(void) { co_mutex_lock(&m1903); f1904(); co_mutex_unlock(&m1903); }
static co_mutex m1904; void f1904(void) { co_mutex_lock(&m1904); f1905(); co_mutex_unlock(&m1904); }
static co_mutex m1905; void f1905(void) { co_mutex_lock(&m1905); f1906(); co_mutex_unlock(&m1905); }
static co_mutex m1906; void f1906(void) { co_mutex_lock(&m1906); f1907(); co_mutex_unlock(&m1906); }
static co_mutex m1907; void f1907(void) { co_mutex_lock(&m1907); f1908(); co_mutex_unlock(&m1907); }
static co_mutex m1908; void f1908(void) { co_mutex_lock(&m1908); f1909(); co_mutex_unlock(&m1908); }
static co_mutex m1909; void f1909(void) { co_mutex_lock(&m1909); f1910(); co_mutex_unlock(&m1909); }
static co_mutex m1910; void f1910(void) { co_mutex_lock(&m1910); f1911(); co_mutex_unlock(&m1910); }
static co_mutex m1911; void f1911(void) { co_mutex_lock(&m1911); f1912(); co_mutex_unlock(&m1911); }
static co_mutex m1912; void f1912(void) { co_mutex_lock(&m1912); f1913(); co_mutex_unlock(&m1912); }
static co_mutex m1913; void f1913(void) { co_mutex_lock(&m1913); f1914(); co_mutex_unlock(&m1913); }
static co_mutex m1914; void f1914(void) { co_mutex_lock(&m1914); f1915(); co_mutex_unlock(&m1914); }
static co_mutex m1915; void f1915(void) { co_mutex_lock(&m1915); f1916(); co_mutex_unlock(&m1915); }
static co_mutex m1916; void f1916(void) { co_mutex_lock(&m1916); f1917(); co_mutex_unlock(&m1916); }
static co_mutex m1917; void f1917(void) { co_mutex_lock(&m1917); f1918(); co_mutex_unlock(&m1917); }
static co_mutex m1918; void f1918(void) { co_mutex_lock(&m1918); f1919(); co_mutex_unlock(&m1918); }
static co_mutex m1919; void f1919(void) { co_mutex_lock(&m1919); f1920(); co_mutex_unlock(&m1919); }
static co_mutex m1920; void f1920(void) { co_mutex_lock(&m1920); f1921(); co_mutex_unlock(&m1920); }
static co_mutex m1921; void f1921(void) { co_mutex_lock(&m1921); f1922(); co_mutex_unlock(&m1921); }
static co_mutex m1922; void f1922(void) { co_mutex_lock(&m1922); f1923(); co_mutex_unlock(&m1922); }
static co_mutex m1923; void f1923(void) { co_mutex_lock(&m1923); f1924(); co_mutex_unlock(&m1923); }
static co_mutex m1924; void f1924(void) { co_mutex_lock(&m1924); f1925(); co_mutex_unlock(&m1924); }
static co_mutex m1925; void f1925(void) { co_mutex_lock(&m1925); f1926(); co_mutex_unlock(&m1925); }
static co_mutex m1926; void f1926(void) { co_mutex_lock(&m1926); f1927(); co_mutex_unlock(&m1926); }
static co_mutex m1927; void f1927(void) { co_mutex_lock(&m1927); f1928(); co_mutex_unlock(&m1927); }
static co_mutex m1928; void f1928(void) { co_mutex_lock(&m1928); f1929(); co_mutex_unlock(&m1928); }
static co_mutex m1929; void f1929(void) { co_mutex_lock(&m1929); f1930(); co_mutex_unlock(&m1929); }
static co_mutex m1930; void f1930(void) { co_mutex_lock(&m1930); f1931(); co_mutex_unlock(&m1930); }
static co_mutex m1931; void f1931(void) { co_mutex_lock(&m1931); f1932(); co_mutex_unlock(&m1931); }
static co_mutex m1932; void f1932(void) { co_mutex_lock(&m1932); f1933(); co_mutex_unlock(&m1932); }
static co_mutex m1933; void f1933(void) { co_mutex_lock(&m1933); f1934(); co_mutex_unlock(&m1933); }
static co_mutex m1934; void f1934(void) { co_mutex_lock(&m1934); f1935(); co_mutex_unlock(&m1934); }
static co_mutex m1935; void f1935(void) { co_mutex_lock(&m1935); f1936(); co_mutex_unlock(&m1935); }
static co_mutex m1936; void f1936(void) { co_mutex_lock(&m1936); f1937(); co_mutex_unlock(&m1936); }
static co_mutex m1937; void f1937(void) { co_mutex_lock(&m1937); f1938(); co_mutex_unlock(&m1937); }
static co_mutex m1938; void f1938(void) { co_mutex_lock(&m1938); f1939(); co_mutex_unlock(&m1938); }
static co_mutex m1939; void f1939(void) { co_mutex_lock(&m1939); f1940(); co_mutex_unlock(&m1939); }
static co_mutex m1940; void f1940(void) { co_mutex_lock(&m1940); f1941(); co_mutex_unlock(&m1940); }
static co_mutex m1941; void f1941(void) { co_mutex_lock(&m1941); f1942(); co_mutex_unlock(&m1941); }
static co_mutex m1942; void f1942(void) { co_mutex_lock(&m1942); f1943(); co_mutex_unlock(&m1942); }
static co_mutex m1943; void f1943(void) { co_mutex_lock(&m1943); f1944(); co_mutex_unlock(&m1943); }
static co_mutex m1944; void f1944(void) { co_mutex_lock(&m1944); f1945(); co_mutex_unlock(&m1944); }
static co_mutex m1945; void f1945(void) { co_mutex_lock(&m1945); f1946(); co_mutex_unlock(&m1945); }
static co_mutex m1946; void f1946(void) { co_mutex_lock(&m1946); f1947(); co_mutex_unlock(&m1946); }
static co_mutex m1947; void f1947(void) { co_mutex_lock(&m1947); f1948(); co_mutex_unlock(&m1947); }
static co_mutex m1948; void f1948(void) { co_mutex_lock(&m1948); f1949(); co_mutex_unlock(&m1948); }
static co_mutex m1949; void f1949(void) { co_mutex_lock(&m1949); f1950(); co_mutex_unlock(&m1949); }
static co_mutex m1950; void f1950(void) { co_mutex_lock(&m1950); f1951(); co_mutex_unlock(&m1950); }
static co_mutex m1951; void f1951(void) { co_mutex_lock(&m1951); f1952(); co_mutex_unlock(&m1951); }
static co_mutex m1952; void f1952(void) { co_mutex_lock(&m1952); f1953(); co_mutex_unlock(&m1952); }
static co_mutex m1953; void f1953(void) { co_mutex_lock(&m1953); f1954(); co_mutex_unlock(&m1953); }
static co_mutex m1954; void f1954(void) { co_mutex_lock(&m1954); f1955(); co_mutex_unlock(&m1954); }
static co_mutex m1955; void f1955(void) { co_mutex_lock(&m1955); f1956(); co_mutex_unlock(&m1955); }
static co_mutex m1956; void f1956(void) { co_mutex_lock(&m1956); f1957(); co_mutex_unlock(&m1956); }
static co_mutex m1957; void f1957(void) { co_mutex_lock(&m1957); f1958(); co_mutex_unlock(&m1957); }
static co_mutex m1958; void f1958(void) { co_mutex_lock(&m1958); f1959(); co_mutex_unlock(&m1958); }
static co_mutex m1959; void f1959(void) { co_mutex_lock(&m1959); f1960(); co_mutex_unlock(&m1959); }
static co_mutex m1960; void f1960(void) { co_mutex_lock(&m1960); f1961(); co_mutex_unlock(&m1960); }
static co_mutex m1961; void f1961(void) { co_mutex_lock(&m1961); f1962(); co_mutex_unlock(&m1961); }
static co_mutex m1962; void f1962(void) { co_mutex_lock(&m1962); f1963(); co_mutex_unlock(&m1962); }
static co_mutex m1963; void f1963(void) { co_mutex_lock(&m1963); f1964(); co_mutex_unlock(&m1963); }
static co_mutex m1964; void f1964(void) { co_mutex_lock(&m1964); f1965(); co_mutex_unlock(&m1964); }
static co_mutex m1965; void f1965(void) { co_mutex_lock(&m1965); f1966(); co_mutex_unlock(&m1965); }
static co_mutex m1966; void f1966(void) { co_mutex_lock(&m1966); f1967(); co_mutex_unlock(&m1966); }
static co_mutex m1967; void f1967(void) { co_mutex_lock(&m1967); f1968(); co_mutex_unlock(&m1967); }
static co_mutex m1968; void f1968(void) { co_mutex_lock(&m1968); f1969(); co_mutex_unlock(&m1968); }
static co_mutex m1969; void f1969(void) { co_mutex_lock(&m1969); f1970(); co_mutex_unlock(&m1969); }
static co_mutex m1970; void f1970(void) { co_mutex_lock(&m1970); f1971(); co_mutex_unlock(&m1970); }
static co_mutex m1971; void f1971(void) { co_mutex_lock(&m1971); f1972(); co_mutex_unlock(&m1971); }
static co_mutex m1972; void f1972(void) { co_mutex_lock(&m1972); f1973(); co_mutex_unlock(&m1972); }
static co_mutex m1973; void f1973(void) { co_mutex_lock(&m1973); f1974(); co_mutex_unlock(&m1973); }
static co_mutex m1974; void f1974(void) { co_mutex_lock(&m1974); f1975(); co_mutex_unlock(&m1974); }
static co_mutex m1975; void f1975(void) { co_mutex_lock(&m1975); f1976(); co_mutex_unlock(&m1975); }
static co_mutex m1976; void f1976(void) { co_mutex_lock(&m1976); f1977(); co_mutex_unlock(&m1976); }
static co_mutex m1977; void f1977(void) { co_mutex_lock(&m1977); f1978(); co_mutex_unlock(&m1977); }
static co_mutex m1978; void f1978(void) { co_mutex_lock(&m1978); f1979(); co_mutex_unlock(&m1978); }
static co_mutex m1979; void f1979(void) { co_mutex_lock(&m1979); f1980(); co_mutex_unlock(&m1979); }
static co_mutex m1980; void f1980(void) { co_mutex_lock(&m1980); f1981(); co_mutex_unlock(&m1980); }
static co_mutex m1981; void f1981(void) { co_mutex_lock(&m1981); f1982(); co_mutex_unlock(&m1981); }
static co_mutex m1982; void f1982(void) { co_mutex_lock(&m1982); f1983(); co_mutex_unlock(&m1982); }
static co_mutex m1983; void f1983(void) { co_mutex_lock(&m1983); f1984(); co_mutex_unlock(&m1983); }
static co_mutex m1984; void f1984(void) { co_mutex_lock(&m1984); f1985(); co_mutex_unlock(&m1984); }
static co_mutex m1985; void f1985(void) { co_mutex_lock(&m1985); f1986(); co_mutex_unlock(&m1985); }
static co_mutex m1986; void f1986(void) { co_mutex_lock(&m1986); f1987(); co_mutex_unlock(&m1986); }
static co_mutex m1987; void f1987(void) { co_mutex_lock(&m1987); f1988(); co_mutex_unlock(&m1987); }
static co_mutex m1988; void f1988(void) { co_mutex_lock(&m1988); f1989(); co_mutex_unlock(&m1988); }
static co_mutex m1989; void f1989(void) { co_mutex_lock(&m1989); f1990(); co_mutex_unlock(&m1989); }
static co_mutex m1990; void f1990(void) { co_mutex_lock(&m1990); f1991(); co_mutex_unlock(&m1990); }
static co_mutex m1991; void f1991(void) { co_mutex_lock(&m1991); f1992(); co_mutex_unlock(&m1991); }
static co_mutex m1992; void f1992(void) { co_mutex_lock(&m1992); f1993(); co_mutex_unlock(&m1992); }
static co_mutex m1993; void f1993(void) { co_mutex_lock(&m1993); f1994(); co_mutex_unlock(&m1993); }
static co_mutex m1994; void f1994(void) { co_mutex_lock(&m1994); f1995(); co_mutex_unlock(&m1994); }
static co_mutex m1995; void f1995(void) { co_mutex_lock(&m1995); f1996(); co_mutex_unlock(&m1995); }
static co_mutex m1996; void f1996(void) { co_mutex_lock(&m1996); f1997(); co_mutex_unlock(&m1996); }
static co_mutex m1997; void f1997(void) { co_mutex_lock(&m1997); f1998(); co_mutex_unlock(&m1997); }
static co_mutex m1998; void f1998(void) { co_mutex_lock(&m1998); f1999(); co_mutex_unlock(&m1998); }
static co_mutex m1999; void f1999(void) { co_mutex_lock(&m1999); f0(); co_mutex_unlock(&m1999); }
