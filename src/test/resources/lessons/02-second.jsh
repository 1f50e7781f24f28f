//LESSON Second lesson
// Another short lesson, to switch to.

//STEP Hello
// Says hello.
String greeting = "hello from lesson two";
System.out.println(greeting);

//STEP Broken
// This step fails on purpose: the batch run must name it.
int[] small = new int[2];
int boom = small[5];
